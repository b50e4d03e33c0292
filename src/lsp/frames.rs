//! A guard in front of tower-lsp-server's transport. Its read loop stops for good
//! at the first frame it cannot decode (bad header, wrong length, invalid JSON or
//! UTF-8, a lone surrogate escape, JSON that is not a message), which ends the
//! session; and it drops `$/` requests unanswered, so a client waits forever. Here
//! each frame from the client is checked first: a bad one is answered (parse error
//! or invalid request, id null) and skipped, a `$/` request is answered
//! MethodNotFound, and only well-formed messages reach the server. Answers are
//! written between the server's own frames.

use serde_json::{json, Value};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};
use tower_lsp_server::jsonrpc;

/// A header block longer than this is garbage.
const MAX_HEADER: usize = 8 * 1024;
/// The capacity of the in-process pipes around the server.
const PIPE: usize = 64 * 1024;

pub fn frame(body: &[u8]) -> Vec<u8> {
    let mut v = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    v.extend_from_slice(body);
    v
}

fn error(id: Value, code: i64, message: &str) -> Vec<u8> {
    let body = json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}});
    frame(body.to_string().as_bytes())
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// What the headers say: the body's length, or why the block is unusable.
fn content_length(headers: &[u8]) -> Result<usize, &'static str> {
    let text = std::str::from_utf8(headers).map_err(|_| "headers are not UTF-8")?;
    let mut length = None;
    for line in text.split("\r\n").filter(|l| !l.is_empty()) {
        let (name, value) = line.split_once(':').ok_or("a header without a colon")?;
        let value = value.trim();
        if name.eq_ignore_ascii_case("Content-Length") {
            length = Some(
                value
                    .parse::<usize>()
                    .map_err(|_| "Content-Length is not a number")?,
            );
        } else if name.eq_ignore_ascii_case("Content-Type") {
            let charset = value
                .split(';')
                .skip(1)
                .map(str::trim)
                .find_map(|p| p.strip_prefix("charset="));
            if !matches!(charset, None | Some("utf-8" | "utf8")) {
                return Err("only UTF-8 is supported");
            }
        }
    }
    length.ok_or("no Content-Length header")
}

/// Check one body: `Ok(())` to pass it on, or the answer to send instead.
fn check(body: &[u8]) -> Result<(), Vec<u8>> {
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return Err(error(Value::Null, -32700, "Parse error"));
    };
    let method = value
        .get("method")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    // The envelope decides: `params` and `result` may hold any JSON, so check a
    // copy with them emptied (copying a 1 MB didOpen twice cost megabytes).
    let probe = envelope(value);
    let is_request = serde_json::from_value::<jsonrpc::Request>(probe.clone()).is_ok();
    let is_response = serde_json::from_value::<jsonrpc::Response>(probe.clone()).is_ok();
    if !is_request && !is_response {
        return Err(error(Value::Null, -32600, "Invalid request"));
    }
    if is_request && method.starts_with("$/") {
        if let Some(id) = probe.get("id").filter(|id| !id.is_null()) {
            return Err(error(id.clone(), -32601, "Method not found"));
        }
    }
    Ok(())
}

/// A message with its `params` and `result` replaced by `null` (kept present, so
/// that a response still has its result).
fn envelope(mut value: Value) -> Value {
    if let Some(map) = value.as_object_mut() {
        for key in ["params", "result"] {
            if let Some(v) = map.get_mut(key) {
                *v = Value::Null;
            }
        }
    }
    value
}

/// Read frames from `input`, pass good ones to `server`, send answers for bad ones
/// to `answers`. Ends with the input.
pub async fn filter<R, W>(mut input: R, mut server: W, answers: UnboundedSender<Vec<u8>>)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut buf: Vec<u8> = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        // Parse every complete frame in the buffer.
        loop {
            let Some(end) = find(&buf, b"\r\n\r\n") else {
                if buf.len() > MAX_HEADER {
                    let _ = answers.send(error(Value::Null, -32700, "Parse error"));
                    resync(&mut buf);
                    continue;
                }
                break;
            };
            let length = match content_length(&buf[..end]) {
                Ok(n) => n,
                Err(_) => {
                    let _ = answers.send(error(Value::Null, -32700, "Parse error"));
                    // Garbage before a header inside the block: start at the header;
                    // else drop the whole block.
                    match find(&buf[1..end], b"Content-Length") {
                        Some(i) => buf.drain(..i + 1),
                        None => buf.drain(..end + 4),
                    };
                    continue;
                }
            };
            let start = end + 4;
            if buf.len() - start < length {
                break; // wait for the rest of the body
            }
            let body = &buf[start..start + length];
            match check(body) {
                Ok(()) => {
                    let header = format!("Content-Length: {length}\r\n\r\n");
                    if server.write_all(header.as_bytes()).await.is_err()
                        || server.write_all(body).await.is_err()
                    {
                        return;
                    }
                    let _ = server.flush().await;
                }
                Err(answer) => {
                    let _ = answers.send(answer);
                }
            }
            buf.drain(..start + length);
        }
        shrink(&mut buf, chunk.len());
        match input.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
}

/// Let go of the room a large message needed once it has been passed on.
fn shrink(buf: &mut Vec<u8>, keep: usize) {
    if buf.capacity() > 4 * keep && buf.len() <= keep {
        buf.shrink_to(keep);
    }
}

/// Skip garbage up to the next `Content-Length` after the first byte (keeping a
/// possible partial one at the end).
fn resync(buf: &mut Vec<u8>) {
    match find(&buf[1.min(buf.len())..], b"Content-Length") {
        Some(i) => {
            buf.drain(..i + 1);
        }
        None => {
            let keep = buf.len().min(13);
            buf.drain(..buf.len() - keep);
        }
    }
}

/// Copy the server's frames to `output`, putting `answers` between them.
pub async fn merge<R, W>(mut from_server: R, mut output: W, mut answers: UnboundedReceiver<Vec<u8>>)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut buf: Vec<u8> = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    let mut answers_open = true;
    loop {
        // Write every complete frame the server produced.
        while let Some(end) = find(&buf, b"\r\n\r\n") {
            let Ok(length) = content_length(&buf[..end]) else {
                // The server writes well-formed frames; pass anything else through.
                let _ = output.write_all(&buf).await;
                buf.clear();
                break;
            };
            if buf.len() < end + 4 + length {
                break;
            }
            if output.write_all(&buf[..end + 4 + length]).await.is_err() {
                return;
            }
            buf.drain(..end + 4 + length);
        }
        let _ = output.flush().await;
        shrink(&mut buf, chunk.len());
        tokio::select! {
            read = from_server.read(&mut chunk) => match read {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            },
            answer = answers.recv(), if answers_open && buf.is_empty() => match answer {
                Some(a) => {
                    if output.write_all(&a).await.is_err() {
                        return;
                    }
                }
                None => answers_open = false,
            },
        }
    }
}

/// Serve `service` on `input`/`output` behind the guard.
pub async fn serve<I, O>(
    input: I,
    output: O,
    socket: tower_lsp_server::ClientSocket,
    service: tower_lsp_server::LspService<super::Backend>,
) where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite + Unpin + Send + 'static,
{
    // A pipe's worth: larger messages stream through, and no buffer keeps the
    // size of the largest document ever opened.
    let (to_server, server_in) = tokio::io::duplex(PIPE);
    let (server_out, from_server) = tokio::io::duplex(PIPE);
    let (tx, rx) = unbounded_channel();
    tokio::spawn(filter(input, to_server, tx));
    let writer = tokio::spawn(merge(from_server, output, rx));
    tower_lsp_server::Server::new(server_in, server_out, socket)
        .serve(service)
        .await;
    // The server has dropped its output: let the last frames out.
    let _ = writer.await;
}
