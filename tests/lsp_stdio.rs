//! The real binary over stdio: `isnad lsp [--stdio]` as editors start it.

mod lsp_support;

use std::time::Duration;

use lsp_support::*;
use serde_json::{json, Value};

const URI: &str = "file:///tmp/isnad-stdio/article.txt";
const ARTICLE: &str = "قال الرئيس الروسي فلاديمير بوتين في موسكو إن المعاهدة ستدخل حيز التنفيذ.\n\nوزعمت وكالة الاستخبارات الوطنية في سيول أن 3000 جندي وصلوا إلى روسيا.\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_serves_diagnostics_and_hover_then_exits_with_0() {
    let mut c = TestClient::spawn_binary(&["lsp", "--stdio"]);
    let result = c
        .initialize(
            json!({"general": {"positionEncodings": ["utf-16"]}}),
            Value::Null,
            None,
        )
        .await;
    assert_eq!(result["serverInfo"]["name"], "isnad");
    assert_eq!(result["capabilities"]["textDocumentSync"]["change"], 2);
    c.open(URI, ARTICLE, 1);
    let diags = c.diagnostics(URI, 1).await;
    assert!(
        diags.iter().any(|d| d["code"] == "loaded-verb"),
        "{diags:?}"
    );
    let at = ARTICLE.find("بوتين").unwrap();
    let hover = c
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": URI}, "position": utf16_position(ARTICLE, at)}),
        )
        .await;
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap_or("")
            .contains("بوتين"),
        "{hover}"
    );
    // Emacs sends `"params": null`.
    c.send_raw(r#"{"jsonrpc":"2.0","id":77,"method":"shutdown","params":null}"#);
    let response = c.response(77).await;
    assert!(response.get("error").is_none(), "{response}");
    c.notify("exit", Value::Null);
    assert_eq!(
        c.wait_exit(Duration::from_secs(5)),
        Some(0),
        "the process did not end promptly on exit"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exit_without_shutdown_ends_with_1() {
    let mut c = TestClient::spawn_binary(&["lsp"]);
    c.initialize(json!({}), Value::Null, None).await;
    c.notify("exit", Value::Null);
    assert_eq!(c.wait_exit(Duration::from_secs(5)), Some(1));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exit_ends_the_process_even_with_a_document_being_analysed() {
    let mut c = TestClient::spawn_binary(&["lsp", "--stdio"]);
    c.initialize(json!({}), json!({"debounceMs": 0}), None)
        .await;
    let big = ARTICLE.repeat(2000);
    c.open(URI, &big, 1);
    c.request("shutdown", Value::Null).await;
    c.notify("exit", Value::Null);
    assert_eq!(c.wait_exit(Duration::from_secs(5)), Some(0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_end_of_stdin_ends_the_process() {
    let mut c = TestClient::spawn_binary(&["lsp"]);
    c.initialize(json!({}), Value::Null, None).await;
    c.close_stdin();
    assert!(
        c.wait_exit(Duration::from_secs(5)).is_some(),
        "still running after stdin closed"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn isnad_log_sets_the_level_of_window_log_message() {
    let mut c = TestClient::spawn_binary_with_env(&["lsp"], &[("ISNAD_LOG", "debug")]);
    c.initialize(json!({}), Value::Null, None).await;
    c.open(URI, ARTICLE, 1);
    c.diagnostics(URI, 1).await;
    let log = c
        .notification("window/logMessage", |p| {
            p["message"].as_str().unwrap_or("").contains("analysed")
        })
        .await;
    assert_eq!(log["type"], 4);
    c.request("shutdown", Value::Null).await;
    c.notify("exit", Value::Null);
    assert_eq!(c.wait_exit(Duration::from_secs(5)), Some(0));
}
