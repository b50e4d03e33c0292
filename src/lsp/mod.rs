//! The language server: `isnad lsp [--stdio]`.
//!
//! Entry point for the binary: [`run_stdio`] (a plain function that builds its own
//! tokio runtime, serves on stdin/stdout until `exit` or the end of stdin, and
//! returns the process exit code: 0 after `shutdown` then `exit`, 1 otherwise, as
//! LSP asks). Nothing but protocol is written to stdout; the log goes to stderr
//! and `window/logMessage` (level from `ISNAD_LOG`).
//!
//! For in-process tests: [`service`] / [`service_with_handle`] give the
//! `LspService` to serve over any stream (a `tokio::io::duplex`), and a [`Handle`]
//! to look at the server's state.
//!
//! What it offers (see the submodules): incremental sync on ropey applied in order,
//! UTF-8/16/32 positions (UTF-16 whenever the client offers it), debounced
//! background analysis (a request waiting for it cuts the debounce short; documents
//! of 256 KB and more are re-analysed by chunks, see [`incremental`]) with versioned
//! `publishDiagnostics` (or pull diagnostics with `initializationOptions.diagnosticMode
//! = "pull"`), hover, the outline, references and highlights of an entity,
//! workspace symbols, quick fixes (neutral verb, citation-needed marker, silence a
//! code in a document for the session, add an unknown person to
//! `.isnad/entities.json`), configuration from `isnad.toml` over the client's
//! settings (see [`settings`]) with watched-file reloads, inlay
//! hints, semantic tokens, and the commands `isnad.listEntities` (argument: the
//! document uri; returns `[{name, type, id, line, character}]`, one row per
//! mention, positions in the negotiated encoding), `isnad.silenceCode` (uri,
//! code) and `isnad.addEntity` (uri, `{name, type}`).

pub mod actions;
pub mod convert;
pub mod document;
pub mod features;
pub mod frames;
pub mod hints;
pub mod incremental;
pub mod log;
pub mod memory;
pub mod server;
pub mod settings;
pub mod state;
pub mod timing;

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use tower_lsp_server::ls_types::Uri;
use tower_lsp_server::{ClientSocket, LspService};

pub use server::Backend;
use state::{lock, Shared};

/// A view of a running server's state, for tests.
#[derive(Clone)]
pub struct Handle {
    shared: Arc<Shared>,
}

impl Handle {
    /// The server's current text of an open document.
    pub fn document_text(&self, uri: &Uri) -> Option<String> {
        lock(&self.shared.docs).get(uri).map(|s| s.doc.text())
    }

    pub fn document_version(&self, uri: &Uri) -> Option<i32> {
        lock(&self.shared.docs).get(uri).map(|s| s.doc.version)
    }

    /// Make the next request handler panic (to test that the server survives).
    pub fn panic_next_request(&self) {
        self.shared.panic_next.store(true, Ordering::SeqCst);
    }

    /// Make the next request that needs an analysis take at least `delay` (to
    /// test cancellation).
    pub fn delay_next_request(&self, delay: Duration) {
        *lock(&self.shared.delay_next) = Some(delay);
    }

    pub fn shutdown_received(&self) -> bool {
        self.shared.shutdown_received.load(Ordering::SeqCst)
    }

    /// How many references to the server's state exist besides this handle's:
    /// 0 once a server whose connection ended has let everything go.
    pub fn server_references(&self) -> usize {
        Arc::strong_count(&self.shared) - 1
    }

    pub fn open_documents(&self) -> usize {
        lock(&self.shared.docs).len()
    }
}

/// The server as a tower service, to serve over any stream.
pub fn service() -> (LspService<Backend>, ClientSocket) {
    let (service, socket, _) = service_with_handle();
    (service, socket)
}

pub fn service_with_handle() -> (LspService<Backend>, ClientSocket, Handle) {
    let mut shared = None;
    let (service, socket) = LspService::new(|client| {
        let backend = Backend::new(client);
        shared = Some(backend.shared.clone());
        backend
    });
    let shared = shared.unwrap_or_else(|| Arc::new(Shared::new(None)));
    (service, socket, Handle { shared })
}

/// Serve on stdin/stdout until `exit` (or the end of stdin); returns the exit code
/// (0 if `shutdown` came first). Blocks; builds its own runtime, so call it from a
/// plain `main`, not from inside another tokio runtime.
pub fn run_stdio() -> i32 {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("isnad-lsp")
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("isnad lsp: cannot start the async runtime: {e}");
            return 1;
        }
    };
    let code = runtime.block_on(async {
        let (service, socket, handle) = service_with_handle();
        frames::serve(tokio::io::stdin(), tokio::io::stdout(), socket, service).await;
        if handle.shutdown_received() {
            0
        } else {
            1
        }
    });
    // tokio's stdin reader sits in a blocking read that never returns: do not wait
    // for it (or for an analysis still running) to end the process promptly.
    runtime.shutdown_timeout(Duration::from_millis(50));
    code
}
