//! Hostile input through the real server binary over stdio: malformed frames,
//! unknown methods, wrong parameter types, positions past the end or inside a
//! surrogate pair, changes to documents that are not open, hostile texts, a 10 MB
//! single line and a 50 MB document. Wherever the text matters, the diagnostics the
//! server publishes are compared with a fresh analysis of the text the client holds.

#[path = "../fuzz/src/harness.rs"]
mod harness;
#[path = "../fuzz/src/stdio.rs"]
mod stdio;

use serde_json::{json, Value};
use stdio::{expected, frame, published, Server};

const BIN: &str = env!("CARGO_BIN_EXE_isnad");
const URI: &str = "file:///tmp/isnad-hostile/article.txt";
const ARTICLE: &str = harness::BASES[2];

fn start() -> Server {
    Server::start(BIN, Value::Null)
}

/// The server is alive and answering: a request that needs no document.
fn still_serving(server: &mut Server) {
    let a = server.request("workspace/symbol", json!({"query": ""}));
    assert!(a.get("result").is_some(), "{a}");
}

#[track_caller]
fn assert_fresh(server: &mut Server, uri: &str, version: i64, text: &str) {
    let got = published(&server.diagnostics(uri, version));
    assert_eq!(
        got,
        expected(harness::analyzer(), text),
        "v{version} of {uri}"
    );
}

fn error_code(msg: &Value) -> i64 {
    msg["error"]["code"].as_i64().unwrap_or(0)
}

/// Frames a transport cannot decode, each with what it is.
fn malformed_frames() -> Vec<(&'static str, Vec<u8>)> {
    let body = br#"{"jsonrpc":"2.0","method":"$/x","params":{}}"#;
    let mut short = format!("Content-Length: {}\r\n\r\n", body.len() - 3).into_bytes();
    short.extend_from_slice(body);
    vec![
        ("invalid JSON", frame(b"{\"jsonrpc\": \"2.0\", \"method\": ")),
        ("a Content-Length that is not a number", b"Content-Length: abc\r\n\r\n{}".to_vec()),
        ("no Content-Length", b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}".to_vec()),
        ("a Content-Length shorter than the body", short),
        ("a body that is not UTF-8", frame(&[b'"', 0xff, 0xfe, b'"'])),
        (
            "a lone surrogate escape in a string",
            frame(br#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///x.txt","languageId":"plaintext","version":1,"text":"\ud800 \u0642"}}}"#),
        ),
        ("JSON that is not a message", frame(b"[1, 2, 3]")),
        ("a charset other than UTF-8", b"Content-Length: 2\r\nContent-Type: application/json; charset=latin1\r\n\r\n{}".to_vec()),
    ]
}

#[test]
fn malformed_frames_are_answered_with_a_parse_error() {
    for (what, bytes) in malformed_frames() {
        let mut server = start();
        server.send_bytes(&bytes);
        let answer = loop {
            match server.next() {
                Some(m) if m.get("method").is_none() => break m,
                Some(_) => continue,
                None => panic!("{what}: the server ended without an answer"),
            }
        };
        assert!(answer["id"].is_null(), "{what}: {answer}");
        assert!(
            [-32700, -32600].contains(&error_code(&answer)),
            "{what}: {answer}"
        );
    }
}

/// JSON-RPC asks for an error answer and the session to go on. tower-lsp-server
/// 0.23's read loop stops at the first frame it cannot decode; the frame guard
/// (src/lsp/frames.rs, 40ff375) answers such frames before it sees them.
#[test]
fn malformed_frames_do_not_end_the_session() {
    for (what, bytes) in malformed_frames() {
        let mut server = start();
        server.send_bytes(&bytes);
        let id = server.send_request("workspace/symbol", json!({"query": ""}));
        loop {
            let Some(m) = server.next() else {
                panic!("{what}: the server ended after the malformed frame");
            };
            if m["id"] == json!(id) {
                assert!(m.get("result").is_some(), "{what}: {m}");
                break;
            }
        }
    }
}

/// Found by the `jsonrpc` fuzz target: tower-lsp-server's codec reads an empty
/// body (`Content-Length: 0`) as "need more bytes", so the message after it sits in
/// the buffer, unread, until the client sends something else: a client waiting for
/// an answer waited forever (fixed by the frame guard, 40ff375).
#[test]
fn an_empty_frame_does_not_stall_the_next_message() {
    let mut server = start();
    server.wait = std::time::Duration::from_secs(20);
    let mut bytes = frame(b"");
    bytes.extend(frame(
        br#"{"jsonrpc":"2.0","id":"after","method":"workspace/symbol","params":{"query":""}}"#,
    ));
    server.send_bytes(&bytes);
    let a = server.answer(&json!("after"));
    assert!(a.get("result").is_some(), "{a}");
}

#[test]
fn a_content_length_longer_than_the_body_waits_for_the_rest() {
    let mut server = start();
    let body =
        br#"{"jsonrpc":"2.0","id":"long","method":"workspace/symbol","params":{"query":""}}"#;
    let mut bytes = format!("Content-Length: {}\r\n\r\n", body.len() + 40).into_bytes();
    bytes.extend_from_slice(body);
    server.send_bytes(&bytes);
    // The rest of the announced length arrives later: whitespace, still valid JSON.
    server.send_bytes(&[b' '; 40]);
    let a = server.answer(&json!("long"));
    assert!(a.get("result").is_some(), "{a}");
    still_serving(&mut server);
}

#[test]
fn unknown_methods_are_answered_and_unknown_notifications_ignored() {
    let mut server = start();
    for method in ["isnad/nothing", "textDocument/unknown", "workspace/unknown"] {
        let a = server.request(method, json!({}));
        assert_eq!(error_code(&a), -32601, "{method}: {a}");
    }
    server.notify("isnad/unknownNotification", json!({"x": 1}));
    server.notify("$/unknown", Value::Null);
    server.notify("textDocument/didSave", json!(42));
    still_serving(&mut server);
}

/// LSP: "if a server or client receives a request starting with '$/' it must error
/// the request with error code MethodNotFound". tower-lsp-server 0.23 drops such
/// requests unanswered, so a client waiting for the answer waited forever (fixed by
/// the frame guard, 40ff375).
#[test]
fn an_unknown_dollar_request_is_answered_method_not_found() {
    let mut server = start();
    let a = server.request("$/unknownRequest", json!({}));
    assert_eq!(error_code(&a), -32601, "{a}");
}

#[test]
fn wrong_parameter_types_are_invalid_params_and_the_server_goes_on() {
    let mut server = start();
    server.open(URI, ARTICLE, 1);
    let bad = [
        json!("a string"),
        json!([1, 2]),
        json!({"textDocument": 5, "position": {"line": 0, "character": 0}}),
        json!({"textDocument": {"uri": URI}, "position": {"line": -1, "character": 0}}),
        json!({"textDocument": {"uri": URI}, "position": {"line": "0", "character": 0}}),
        json!({"textDocument": {"uri": "not a uri"}, "position": {"line": 0, "character": 1.5}}),
        json!({"textDocument": {"uri": URI}}),
    ];
    for params in &bad {
        let a = server.request("textDocument/hover", params.clone());
        assert_eq!(error_code(&a), -32602, "{params}: {a}");
    }
    // Notifications with wrong types are dropped, not fatal.
    server.notify("textDocument/didOpen", json!({"textDocument": {"uri": 7}}));
    server.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": "2"}, "contentChanges": "x"}),
    );
    server.notify("textDocument/didClose", json!(null));
    server.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"isnad": {"maxFileSize": "big", "severity": 3}}}),
    );
    let a = server.request(
        "workspace/executeCommand",
        json!({"command": "isnad.listEntities", "arguments": [42]}),
    );
    assert_eq!(error_code(&a), -32602, "{a}");
    let a = server.request(
        "workspace/executeCommand",
        json!({"command": "isnad.nope", "arguments": []}),
    );
    assert!(a.get("error").is_some(), "{a}");
    // The article is still there and still analysed at version 1.
    assert_fresh(&mut server, URI, 1, ARTICLE);
    still_serving(&mut server);
}

#[test]
fn positions_past_the_end_clamp() {
    let mut server = start();
    server.open(URI, ARTICLE, 1);
    assert_fresh(&mut server, URI, 1, ARTICLE);
    for (line, character) in [
        (1_000_000u64, 0u64),
        (0, 4_294_967_295),
        (4_294_967_295, 4_294_967_295),
        (3, 100_000),
    ] {
        let position = json!({"line": line, "character": character});
        for method in [
            "textDocument/hover",
            "textDocument/references",
            "textDocument/documentHighlight",
        ] {
            let a = server.request(
                method,
                json!({"textDocument": {"uri": URI}, "position": position, "context": {"includeDeclaration": true}}),
            );
            assert!(a.get("error").is_none(), "{method} at {position}: {a}");
        }
        let range = json!({"start": position, "end": {"line": line, "character": character}});
        for method in [
            "textDocument/inlayHint",
            "textDocument/semanticTokens/range",
            "textDocument/codeAction",
        ] {
            let a = server.request(
                method,
                json!({"textDocument": {"uri": URI}, "range": range, "context": {"diagnostics": []}}),
            );
            assert!(a.get("error").is_none(), "{method} at {range}: {a}");
        }
    }
    // A change past the end of the document appends; past the end of line 0 goes
    // to the end of line 0 (before its break).
    let far = json!({"line": 9_999, "character": 9_999});
    server.change(
        URI,
        2,
        json!([{"range": {"start": far, "end": far}, "text": "\nوزعمت مصادر أن الجنود عادوا."}]),
    );
    let text2 = format!("{ARTICLE}\nوزعمت مصادر أن الجنود عادوا.");
    assert_fresh(&mut server, URI, 2, &text2);
    let eol = json!({"line": 0, "character": 9_999});
    server.change(
        URI,
        3,
        json!([{"range": {"start": eol, "end": eol}, "text": " ويُعتقد أن الرقم أكبر."}]),
    );
    let line0 = text2.find('\n').expect("two lines");
    let mut text3 = text2.clone();
    text3.insert_str(line0, " ويُعتقد أن الرقم أكبر.");
    assert_fresh(&mut server, URI, 3, &text3);
    // A range given backwards is turned round.
    let (a, b) = (
        json!({"line": 2, "character": 0}),
        json!({"line": 0, "character": 0}),
    );
    server.change(
        URI,
        4,
        json!([{"range": {"start": a, "end": b}, "text": ""}]),
    );
    let cut = harness::nth_line_start(&text3, 2);
    assert_fresh(&mut server, URI, 4, &text3[cut..]);
}

#[test]
fn half_a_surrogate_pair_moves_to_the_character_start() {
    let mut server = start();
    let text = "😀وزعمت الوكالة أن الجنود وصلوا.";
    server.open(URI, text, 1);
    assert_fresh(&mut server, URI, 1, text);
    // Column 1 is inside the emoji (two UTF-16 units): the edit goes before it.
    let half = json!({"line": 0, "character": 1});
    server.change(
        URI,
        2,
        json!([{"range": {"start": half, "end": half}, "text": "\n"}]),
    );
    let text2 = format!("\n{text}");
    assert_fresh(&mut server, URI, 2, &text2);
    // A deletion whose both ends are inside pairs.
    let text3 = "😀😀😀 قال مسؤولون إن الجنود وصلوا.";
    server.change(URI, 3, json!([{"text": text3}]));
    assert_fresh(&mut server, URI, 3, text3);
    let (s, e) = (
        json!({"line": 0, "character": 1}),
        json!({"line": 0, "character": 3}),
    );
    server.change(
        URI,
        4,
        json!([{"range": {"start": s, "end": e}, "text": "ـ"}]),
    );
    // start 1 -> 0 (first emoji's start), end 3 -> 2 (second emoji's start).
    let text4 = "ـ😀😀 قال مسؤولون إن الجنود وصلوا.";
    assert_fresh(&mut server, URI, 4, text4);
}

#[test]
fn a_change_to_a_document_that_is_not_open_is_ignored() {
    let mut server = start();
    let other = "file:///tmp/isnad-hostile/never-opened.txt";
    server.change(other, 2, json!([{"text": ARTICLE}]));
    let at = json!({"line": 0, "character": 0});
    server.change(
        other,
        3,
        json!([{"range": {"start": at, "end": at}, "text": "قال"}]),
    );
    let a = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": other}, "position": at}),
    );
    assert!(a["result"].is_null(), "{a}");
    server.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": other}}),
    );
    // Opening it afterwards starts from what didOpen says.
    server.open(other, ARTICLE, 1);
    assert_fresh(&mut server, other, 1, ARTICLE);
    // And a closed document's changes are ignored too.
    server.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": other}}),
    );
    server.change(other, 2, json!([{"text": "x"}]));
    still_serving(&mut server);
}

#[test]
fn hostile_texts_are_analysed_as_the_core_analyses_them() {
    let mut server = start();
    let bidi: String = ARTICLE
        .chars()
        .zip(
            [
                '\u{200E}', '\u{200F}', '\u{061C}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}',
                '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
            ]
            .iter()
            .cycle(),
        )
        .flat_map(|(c, b)| [c, *b])
        .collect();
    let texts = [
        String::new(),
        "\u{064E}\u{0651}\u{0670}".repeat(2000),
        "ـ".repeat(10_000),
        bidi,
        format!("\0{}\0\0", ARTICLE.replace(' ', "\0 ")),
        "😀قال Biden 😀 إن Путин 习近平 ١٢٬٠٠٠ ۱۲ 12,000.5 ﻻ ﷲ ﷺ «وزعمت مصادر».".to_string(),
        "قال\n".repeat(100_000),
        ARTICLE.replace('\n', "\r\n"),
        ARTICLE.replace('\n', "\r"),
        "\u{FEFF}".to_string() + ARTICLE,
        "«".repeat(20_000),
    ];
    for (i, text) in texts.iter().enumerate() {
        let uri = format!("file:///tmp/isnad-hostile/{i}.txt");
        server.open(&uri, text, 1);
        assert_fresh(&mut server, &uri, 1, text);
        let end = stdio::utf16(text, text.len());
        let a = server.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": end}),
        );
        assert!(a.get("error").is_none(), "{a}");
        let a = server.request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": uri}}),
        );
        assert!(a.get("error").is_none(), "{a}");
    }
    still_serving(&mut server);
}

/// Once quadratic (position conversion scanned the line from its start for every
/// range: 2 MB took 90 s in a release build); fixed by column checkpoints in
/// src/positions.rs (4b7cd49).
#[test]
fn a_ten_megabyte_single_line_is_analysed() {
    let mut server = start();
    // A debug build analyses 10 MB slowly; this is only a guard against a hang.
    server.wait = std::time::Duration::from_secs(1800);
    let line = ARTICLE.replace('\n', " ");
    let copies = 10_000_000 / line.len();
    let text = line.repeat(copies);
    assert!(text.len() > 9_900_000 && text.len() < 10 * 1024 * 1024);
    server.open(URI, &text, 1);
    // Checked against the short line's own analysis rather than a fresh analysis of
    // 10 MB (which would double the test's time): every copy is flagged alike.
    let one = expected(harness::analyzer(), &line);
    let width: u64 = line.encode_utf16().count() as u64;
    let got = published(&server.diagnostics(URI, 1));
    assert!(!one.is_empty());
    assert_eq!(got.len(), one.len() * copies, "diagnostics on the line");
    for (code, _, [l0, c0, l1, c1], _) in &got {
        assert!(
            *l0 == 0 && *l1 == 0 && c0 <= c1 && *c1 <= width * copies as u64,
            "{code} at {c0}..{c1}"
        );
    }
    // The last copy's diagnostics are the short line's, shifted to its column.
    let shift = width * (copies as u64 - 1);
    let last: Vec<_> = got
        .iter()
        .filter(|d| d.2[1] >= shift)
        .map(|(code, sev, [_, c0, _, c1], msg)| {
            (
                code.clone(),
                *sev,
                [0, c0 - shift, 0, c1 - shift],
                msg.clone(),
            )
        })
        .collect();
    assert_eq!(last, one, "the last copy");
    let far = json!({"line": 0, "character": 9_000_000});
    let a = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": far}),
    );
    assert!(a.get("error").is_none(), "{a}");
    // An edit at the far end of the line is applied there: one more loaded verb.
    let end = json!({"line": 0, "character": width * copies as u64});
    server.change(
        URI,
        2,
        json!([{"range": {"start": end, "end": end}, "text": " وزعمت الوكالة أن الجنود عادوا."}]),
    );
    let got2 = published(&server.diagnostics(URI, 2));
    let tail: Vec<_> = got2
        .iter()
        .filter(|d| d.2[1] >= width * copies as u64)
        .collect();
    assert!(tail.iter().any(|d| d.0 == "loaded-verb"), "{tail:?}");
    assert_eq!(server.stop(), Some(0));
}

#[test]
fn a_fifty_megabyte_document_is_refused_with_a_message_to_the_user() {
    let mut server = start();
    server.wait = std::time::Duration::from_secs(300);
    let text = ARTICLE.repeat(50_000_000 / ARTICLE.len() + 1);
    assert!(text.len() > 50_000_000);
    server.open(URI, &text, 1);
    let message = server.notification("window/showMessage", |_| true);
    let said = message["message"].as_str().unwrap_or("");
    assert!(
        said.contains("max-file-size") && said.contains(URI),
        "{message}"
    );
    assert!(
        message["type"] == 2 || message["type"] == 1,
        "a warning or an error: {message}"
    );
    assert_eq!(server.diagnostics(URI, 1), Vec::<Value>::new());
    let a = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 0, "character": 5}}),
    );
    assert!(a.get("error").is_none() && a["result"].is_null(), "{a}");
    // Other documents are still analysed.
    let small = "file:///tmp/isnad-hostile/small.txt";
    server.open(small, ARTICLE, 1);
    assert_fresh(&mut server, small, 1, ARTICLE);
    // Still too large after a keystroke: not told again.
    let at = json!({"line": 0, "character": 0});
    server.change(
        URI,
        2,
        json!([{"range": {"start": at, "end": at}, "text": "و"}]),
    );
    assert_eq!(server.diagnostics(URI, 2), Vec::<Value>::new());
    assert!(
        !server
            .stash
            .iter()
            .any(|m| m["method"] == "window/showMessage"),
        "told twice: {:?}",
        server.stash
    );
    // Cut down below the limit: analysed again.
    server.change(URI, 3, json!([{"text": ARTICLE}]));
    assert_fresh(&mut server, URI, 3, ARTICLE);
    assert_eq!(server.stop(), Some(0));
}

fn workspace(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("isnad-hostile-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join(".isnad")).expect("temp workspace");
    dir
}

fn shown(server: &Server) -> Vec<String> {
    server
        .stash
        .iter()
        .filter(|m| m["method"] == "window/showMessage")
        .map(|m| m["params"]["message"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn broken_knowledge_base_files_are_told_once_and_the_embedded_base_keeps_working() {
    let root = workspace("kb");
    std::fs::write(
        root.join("isnad.toml"),
        "knowledge-base = [\"missing.json\", \"broken.json\", \"folder\", \"huge.json\", \"latin1.json\"]\n",
    )
    .expect("isnad.toml");
    std::fs::write(root.join("broken.json"), "{\"entities\": [{\"id\": 5,").expect("write");
    std::fs::create_dir_all(root.join("folder")).expect("mkdir");
    std::fs::write(root.join("huge.json"), "x".repeat(30 << 20)).expect("write");
    std::fs::write(root.join("latin1.json"), [b'{', 0xe9, b'}']).expect("write");
    std::fs::write(root.join(".isnad/entities.json"), "not json at all").expect("write");
    let mut server = Server::start_in(BIN, Value::Null, Some(&root));
    server.wait = std::time::Duration::from_secs(300);
    server.open(URI, ARTICLE, 1);
    assert_fresh(&mut server, URI, 1, ARTICLE);
    let told = shown(&server).join("\n");
    for name in [
        "missing.json",
        "broken.json",
        "folder",
        "huge.json",
        "latin1.json",
        "entities.json",
    ] {
        assert!(told.contains(name), "{name} not named in {told:?}");
    }
    let before = shown(&server).len();
    // Keystrokes do not repeat the message.
    let mut text = ARTICLE.to_string();
    for v in 2..=6 {
        let at = json!({"line": 0, "character": 0});
        server.change(
            URI,
            v,
            json!([{"range": {"start": at, "end": at}, "text": "و"}]),
        );
        text.insert(0, 'و');
    }
    assert_fresh(&mut server, URI, 6, &text);
    still_serving(&mut server);
    assert_eq!(
        shown(&server).len(),
        before,
        "told again: {:?}",
        shown(&server)
    );
    assert_eq!(server.stop(), Some(0));
    let _ = std::fs::remove_dir_all(&root);
}

/// A knowledge-base path that is not a regular file must be refused, not read:
/// the server used to block in `initialize` on a FIFO nobody writes (and fills its
/// memory from `/dev/zero`, which is not tried here: it would take the machine's
/// memory with it). Fixed in 40ff375: user files go through
/// `kb::read_user_file`, which refuses what is not a regular file.
#[test]
fn knowledge_base_paths_that_never_end_are_refused() {
    let root = workspace("kb-endless");
    let fifo = root.join("fifo.json");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    std::fs::write(
        root.join("isnad.toml"),
        "knowledge-base = [\"fifo.json\"]\n",
    )
    .expect("isnad.toml");
    let mut server = Server::start_in(BIN, Value::Null, Some(&root));
    server.open(URI, ARTICLE, 1);
    assert_fresh(&mut server, URI, 1, ARTICLE);
    let told = shown(&server).join("\n");
    assert!(told.contains("fifo.json"), "{told:?}");
    assert_eq!(server.stop(), Some(0));
    let _ = std::fs::remove_dir_all(&root);
}
