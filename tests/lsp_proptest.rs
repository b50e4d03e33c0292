//! Random incremental edits (Arabic, emoji, diacritics, CRLF and lone CR, edits at
//! and past line ends, backwards ranges, several changes in one notification) leave
//! the server's text identical to applying them to a string, and the final
//! diagnostics equal those of a fresh open of the final text.

mod lsp_support;

use std::sync::Mutex;

use lsp_support::*;
use proptest::prelude::*;
use serde_json::{json, Value};

const PIECES: &[&str] = &[
    "قال",
    " ",
    "زعمت",
    "بوتين",
    "موسكو",
    "😀",
    "\r\n",
    "\n",
    "\r",
    "ـ",
    "قَالَ",
    "Biden",
    "«",
    "»",
    ".",
    "ويُعتقد أن",
    "ثمانية آلاف",
    "3000",
    "👍🏽",
    "\u{200F}",
    "",
];

fn text_strategy(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(PIECES), 0..max).prop_map(|v| v.concat())
}

#[derive(Debug, Clone)]
struct Edit {
    start: (u32, u32),
    end: (u32, u32),
    text: String,
}

fn edit_strategy() -> impl Strategy<Value = Edit> {
    ((0u32..6, 0u32..14), (0u32..6, 0u32..14), text_strategy(4))
        .prop_map(|(start, end, text)| Edit { start, end, text })
}

/// Line starts and content ends of `text`, breaking at \n, \r\n and \r: an oracle
/// written apart from the server's conversion code.
fn lines(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\n' || b[i] == b'\r' {
            out.push((start, i));
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    out.push((start, b.len()));
    out
}

/// The byte offset of a UTF-16 position, clamped as LSP says.
fn oracle_offset(text: &str, (line, character): (u32, u32)) -> usize {
    let lines = lines(text);
    let Some(&(start, end)) = lines.get(line as usize) else {
        return text.len();
    };
    let mut units = 0;
    for (i, c) in text[start..end].char_indices() {
        if units + c.len_utf16() > character as usize {
            return start + i;
        }
        units += c.len_utf16();
    }
    end
}

fn apply(text: &mut String, edit: &Edit) {
    let a = oracle_offset(text, edit.start);
    let b = oracle_offset(text, edit.end);
    text.replace_range(a.min(b)..a.max(b), &edit.text);
}

fn change_json(edit: &Edit) -> Value {
    json!({
        "range": {
            "start": {"line": edit.start.0, "character": edit.start.1},
            "end": {"line": edit.end.0, "character": edit.end.1}
        },
        "text": edit.text
    })
}

struct Fixture {
    runtime: tokio::runtime::Runtime,
    client: TestClient,
    handle: isnad::lsp::Handle,
    case: u64,
}

fn fixture() -> &'static Mutex<Fixture> {
    static FIXTURE: std::sync::OnceLock<Mutex<Fixture>> = std::sync::OnceLock::new();
    FIXTURE.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let (client, handle) = runtime.block_on(async {
            let (mut c, h) = in_process();
            c.initialize(json!({}), json!({"debounceMs": 5}), None)
                .await;
            (c, h)
        });
        Mutex::new(Fixture {
            runtime,
            client,
            handle,
            case: 0,
        })
    })
}

async fn pulled(c: &mut TestClient, uri: &str) -> Value {
    c.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": uri}}),
    )
    .await["items"]
        .clone()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn incremental_edits_match_a_string_and_a_fresh_open(
        initial in text_strategy(24),
        batches in proptest::collection::vec(proptest::collection::vec(edit_strategy(), 1..3), 1..8),
    ) {
        let mut guard = fixture().lock().unwrap_or_else(|e| e.into_inner());
        let fx = &mut *guard;
        fx.case += 1;
        let uri = format!("file:///tmp/isnad-prop/{}.txt", fx.case);
        let fresh = format!("file:///tmp/isnad-prop/{}-fresh.txt", fx.case);
        let mut expected = initial.clone();
        for batch in &batches {
            for edit in batch {
                apply(&mut expected, edit);
            }
        }
        let (c, handle) = (&mut fx.client, &fx.handle);
        let (server_text, edited, pushed, reopened) = fx.runtime.block_on(async {
            c.stash.clear();
            c.open(&uri, &initial, 1);
            let mut version = 1;
            for batch in &batches {
                version += 1;
                c.change(&uri, version, Value::Array(batch.iter().map(change_json).collect()));
            }
            let edited = pulled(c, &uri).await;
            let pushed = c.diagnostics(&uri, version).await;
            let server_text = handle.document_text(&uri.parse().unwrap());
            c.open(&fresh, &expected, 1);
            let reopened = pulled(c, &fresh).await;
            for u in [&uri, &fresh] {
                c.notify("textDocument/didClose", json!({"textDocument": {"uri": u}}));
            }
            // Related information points into the document itself.
            let same = |v: Value, u: &str| -> Value {
                serde_json::from_str(&v.to_string().replace(u, "URI")).unwrap_or(Value::Null)
            };
            (
                server_text,
                same(edited, &uri),
                same(Value::Array(pushed), &uri),
                same(reopened, &fresh),
            )
        });
        prop_assert_eq!(server_text.as_deref(), Some(expected.as_str()));
        prop_assert_eq!(&edited, &reopened);
        prop_assert_eq!(&pushed, &reopened);
    }
}

#[test]
fn the_oracle_clamps_like_lsp() {
    let text = "😀قال\r\nب\rج";
    assert_eq!(oracle_offset(text, (0, 2)), 4);
    assert_eq!(oracle_offset(text, (0, 1)), 0);
    assert_eq!(oracle_offset(text, (0, 99)), 10);
    assert_eq!(oracle_offset(text, (2, 0)), text.len() - 2);
    assert_eq!(oracle_offset(text, (9, 0)), text.len());
}
