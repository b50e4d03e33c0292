//! Start-up and memory of `isnad lsp` over real pipes, as an editor sees them:
//! - process start to `initialize` answered (20 fresh processes, p50/p95),
//! - process start to the first `publishDiagnostics` of a short article (the
//!   embedded base loaded and used),
//! - idle resident memory with the base loaded (one short article open, 1 s later),
//! - memory per open document: the resident growth after opening a 1 MB article,
//!   against its size; then after opening a second one (the first also pays for
//!   what any large document starts once: rayon's threads and their arenas, the
//!   transport's buffers).
//!
//! `cargo bench --bench startup` (the 1 MB document is built from
//! ../shared/eval/news; that part is skipped with a notice when it is absent).

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

#[path = "support/mod.rs"]
mod support;

const ARTICLE: &str = "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار. \
وأفادت مصادر مطلعة بأن المحادثات ستستأنف الأسبوع المقبل في جنيف.\n";

struct Server {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
}

impl Server {
    fn start() -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_isnad"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start isnad lsp");
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
        Server {
            child,
            stdin,
            incoming,
        }
    }

    fn send(&mut self, msg: Value) {
        let body = msg.to_string();
        let _ = write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len());
        let _ = self.stdin.flush();
    }

    /// Wait for a message that `pick` accepts, answering the server's own requests.
    fn wait(&mut self, pick: impl Fn(&Value) -> bool) {
        loop {
            let msg = self
                .incoming
                .recv_timeout(Duration::from_secs(120))
                .expect("the server stopped answering");
            if pick(&msg) {
                return;
            }
            if msg.get("method").is_some() && msg.get("id").is_some() {
                self.send(json!({"jsonrpc": "2.0", "id": msg["id"], "result": null}));
            }
        }
    }

    fn initialize(&mut self) {
        self.send(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": {"processId": null, "rootUri": null, "capabilities": {}}}));
        self.wait(|m| m["id"] == 1 && m.get("method").is_none());
        self.send(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}));
    }

    fn open(&mut self, uri: &str, text: &str) {
        self.send(
            json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
            "textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}}}),
        );
        let uri = uri.to_string();
        self.wait(move |m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri.as_str()
        });
    }

    fn rss_mb(&self) -> f64 {
        support::status_mb(Some(self.child.id()), "VmRSS:")
    }

    fn stop(mut self) {
        self.send(json!({"jsonrpc": "2.0", "id": 99, "method": "shutdown", "params": null}));
        self.send(json!({"jsonrpc": "2.0", "method": "exit", "params": null}));
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    // In-process: what building the analyser costs, part by part.
    let rss0 = support::status_mb(None, "VmRSS:");
    let t = Instant::now();
    let kb = isnad::kb::KnowledgeBase::embedded();
    let kb_ms = ms(t.elapsed());
    let rss_kb = support::status_mb(None, "VmRSS:");
    let t = Instant::now();
    let lexicon = isnad::claims::Lexicon::embedded();
    let lexicon_ms = ms(t.elapsed());
    let t = Instant::now();
    let recognizer = isnad::entities::Recognizer::new(&kb);
    let spawn_ms = ms(t.elapsed());
    recognizer.ready();
    let automaton_ms = ms(t.elapsed());
    let rss_all = support::status_mb(None, "VmRSS:");
    println!(
        "in process: embedded base parsed in {kb_ms:.1} ms ({} entities, +{:.1} MB), claims lexicon {lexicon_ms:.1} ms, recogniser {spawn_ms:.1} ms to start + {automaton_ms:.1} ms until its automaton is ready (+{:.1} MB with the lexicon)",
        kb.entities.len(),
        rss_kb - rss0,
        rss_all - rss_kb
    );
    drop((lexicon, recognizer, kb));

    let mut initialize = Vec::new();
    let mut first_diagnostics = Vec::new();
    for _ in 0..20 {
        let started = Instant::now();
        let mut server = Server::start();
        server.initialize();
        initialize.push(started.elapsed());
        server.open("file:///tmp/isnad-startup/a.txt", ARTICLE);
        first_diagnostics.push(started.elapsed());
        server.stop();
    }
    initialize.sort();
    first_diagnostics.sort();
    let p = |v: &[Duration], q: f64| ms(v[((v.len() - 1) as f64 * q).round() as usize]);
    println!(
        "start-up to initialize answered: p50 {:.1} ms, p95 {:.1} ms",
        p(&initialize, 0.5),
        p(&initialize, 0.95)
    );
    println!(
        "start-up to first diagnostics (embedded base loaded): p50 {:.1} ms, p95 {:.1} ms",
        p(&first_diagnostics, 0.5),
        p(&first_diagnostics, 0.95)
    );

    let mut server = Server::start();
    server.initialize();
    server.open("file:///tmp/isnad-startup/a.txt", ARTICLE);
    std::thread::sleep(Duration::from_secs(1));
    let idle = server.rss_mb();
    println!("idle resident memory, base loaded, one short article open: {idle:.1} MB");
    match support::news_of_size(1024 * 1024) {
        Some(big) => {
            server.open("file:///tmp/isnad-startup/big.txt", &big);
            std::thread::sleep(Duration::from_secs(1));
            let grown = server.rss_mb() - idle;
            let size = big.len() as f64 / (1024.0 * 1024.0);
            println!(
                "open 1 MB document: +{grown:.1} MB resident, {:.1}x its size",
                grown / size
            );
            let before = server.rss_mb();
            server.open("file:///tmp/isnad-startup/big2.txt", &big);
            std::thread::sleep(Duration::from_secs(1));
            let second = server.rss_mb() - before;
            println!(
                "open a second 1 MB document: +{second:.1} MB resident, {:.1}x its size",
                second / size
            );
        }
        None => eprintln!("NOTICE: ../shared/eval/news not found; per-document memory skipped"),
    }
    server.stop();
}
