//! The server's state: open documents, their latest analyses, the analyzer built
//! from the configuration, and the background task that analyses each document.
//!
//! Edits are applied to a document's rope under a plain mutex, with no `.await`
//! between receiving a change and storing it, so they apply in the order the client
//! sent them even though handlers run concurrently. Each open document has one
//! worker task: a change marks it dirty; the worker waits until the document has
//! been quiet for the debounce, copies the text, analyses it on a blocking thread,
//! and keeps the result only if the document has not changed meanwhile (stale
//! results are dropped: the newer change has already marked it dirty again).
//!
//! Incremental re-analysis: the whole document is re-analysed on each change, off
//! the keystroke path. Paragraph-level reuse needs the claims engine to expose the
//! attribution context carried into each paragraph (continuations and anaphors reach
//! back over several paragraphs in the seed article, and in-document entity linking
//! spans the whole text), so that a paragraph's result could be cached by (its text,
//! its incoming context). Until the core offers that, reuse would change results;
//! the latency harness (`examples/lsp_latency.rs`) measures what whole-document
//! analysis costs.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::time::Duration;

use tokio::sync::watch;
use tokio::task::JoinHandle;
use tower_lsp_server::ls_types::{self as lsp, Uri};
use tower_lsp_server::Client;

use super::document::Document;
use super::incremental::ChunkCache;
use super::log::Logger;
use crate::analysis::{Analysis, Analyzer, Code};
use crate::config::Settings;
use crate::positions::{Encoding, LineIndex};

/// One analysed version of a document, with everything needed to answer requests
/// about it (its own text and line index, so positions stay consistent).
pub struct Snapshot {
    pub version: i32,
    pub generation: u64,
    pub text: String,
    pub index: LineIndex,
    pub analysis: Analysis,
    pub analyzer: Arc<Analyzer>,
    /// Why the document was not analysed (too large, another language), if it was not.
    pub skipped: Option<Skipped>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skipped {
    TooLarge,
    Language,
}

impl Snapshot {
    pub fn range(&self, range: &std::ops::Range<usize>, encoding: Encoding) -> lsp::Range {
        let start = self.index.position(&self.text, range.start, encoding);
        let end = self
            .index
            .position(&self.text, range.end.max(range.start), encoding);
        lsp::Range::new(
            lsp::Position::new(start.line, start.character),
            lsp::Position::new(end.line, end.character),
        )
    }

    pub fn offset(&self, position: lsp::Position, encoding: Encoding) -> usize {
        self.index
            .offset(&self.text, super::document::position(position), encoding)
    }
}

pub struct DocState {
    pub doc: Document,
    pub silenced: BTreeSet<Code>,
    /// Bumped on every change; the worker watches it.
    pub dirty: watch::Sender<u64>,
    /// A request is waiting for the analysis: skip the rest of the debounce.
    pub urgent: Arc<tokio::sync::Notify>,
    pub results: watch::Sender<Option<Arc<Snapshot>>>,
    pub worker: Option<JoinHandle<()>>,
    pub warned_too_large: bool,
}

impl Drop for DocState {
    fn drop(&mut self) {
        if let Some(worker) = self.worker.take() {
            worker.abort();
        }
    }
}

/// What the client told us at `initialize`.
#[derive(Debug, Clone, Default)]
pub struct ClientFlags {
    pub configuration: bool,
    pub watch_dynamic: bool,
    pub inlay_refresh: bool,
    pub semantic_refresh: bool,
    pub pull_diagnostics: bool,
    pub work_done: bool,
}

#[derive(Debug, Default)]
pub struct Session {
    pub root: Option<PathBuf>,
    pub flags: ClientFlags,
    /// `diagnosticMode: "pull"` in `initializationOptions` and the client can pull:
    /// diagnostics are not pushed.
    pub pull_only: bool,
    /// The client's settings (initializationOptions, then the latest
    /// configuration), and `isnad.toml`'s text.
    pub client_settings: Option<Settings>,
    pub file_config: Option<String>,
}

pub struct Shared {
    pub client: Option<Client>,
    pub log: Logger,
    pub docs: Mutex<HashMap<Uri, DocState>>,
    /// Codes silenced per document for this session (the `isnad.silenceCode` fix).
    pub silenced: Mutex<HashMap<Uri, BTreeSet<Code>>>,
    pub analyzer: RwLock<Arc<Analyzer>>,
    /// Bumped whenever the analyzer or per-document settings change.
    pub generation: AtomicU64,
    pub session: Mutex<Session>,
    encoding: RwLock<Encoding>,
    /// Test hooks: the next request handler panics; the next request that needs an
    /// analysis first sleeps this long.
    pub panic_next: AtomicBool,
    pub delay_next: Mutex<Option<Duration>>,
    pub shutdown_received: AtomicBool,
    /// Rebuilds of the analyzer run one at a time, each reading the latest sources.
    pub rebuild_lock: Mutex<()>,
}

/// A lock that survives a panic in another handler (the data is still consistent:
/// nothing panics between a lock and a complete update).
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Shared {
    pub fn new(client: Option<Client>) -> Shared {
        Shared {
            log: Logger::new(client.clone()),
            client,
            docs: Mutex::new(HashMap::new()),
            silenced: Mutex::new(HashMap::new()),
            // A placeholder until `initialize` builds the real one from the settings
            // (building the knowledge-base matcher is the expensive part).
            analyzer: RwLock::new(Arc::new(Analyzer::with_parts(
                crate::config::Config::default(),
                crate::kb::KnowledgeBase::default(),
            ))),
            generation: AtomicU64::new(0),
            session: Mutex::new(Session::default()),
            encoding: RwLock::new(Encoding::Utf16),
            panic_next: AtomicBool::new(false),
            delay_next: Mutex::new(None),
            shutdown_received: AtomicBool::new(false),
            rebuild_lock: Mutex::new(()),
        }
    }

    pub fn encoding(&self) -> Encoding {
        *self.encoding.read().unwrap_or_else(|e| e.into_inner())
    }

    pub fn set_encoding(&self, encoding: Encoding) {
        *self.encoding.write().unwrap_or_else(|e| e.into_inner()) = encoding;
    }

    pub fn analyzer(&self) -> Arc<Analyzer> {
        self.analyzer
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub fn set_analyzer_arc(&self, analyzer: Arc<Analyzer>) {
        *self.analyzer.write().unwrap_or_else(|e| e.into_inner()) = analyzer;
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// Mark every open document for re-analysis (configuration or knowledge base
    /// changed).
    pub fn reanalyse_all(&self) {
        for state in lock(&self.docs).values() {
            state.dirty.send_modify(|n| *n += 1);
        }
    }

    pub fn reanalyse(&self, uri: &Uri) {
        if let Some(state) = lock(&self.docs).get(uri) {
            state.dirty.send_modify(|n| *n += 1);
        }
    }

    /// The analysis of the document's current version, waiting for the worker if
    /// it is behind. After `wait` the newest analysis there is is returned, even if
    /// stale (its positions refer to its own text, so nothing breaks).
    pub async fn snapshot(&self, uri: &Uri, wait: Duration) -> Option<Arc<Snapshot>> {
        let delay = lock(&self.delay_next).take();
        if let Some(delay) = delay {
            tokio::time::sleep(delay).await;
        }
        let (mut rx, version, generation) = {
            let docs = lock(&self.docs);
            let state = docs.get(uri)?;
            let version = state.doc.version;
            let generation = self.generation.load(Ordering::SeqCst);
            let current = state
                .results
                .borrow()
                .as_ref()
                .is_some_and(|s| s.version >= version && s.generation >= generation);
            if !current {
                state.urgent.notify_one();
            }
            (state.results.subscribe(), version, generation)
        };
        let current = |s: &Option<Arc<Snapshot>>| {
            s.as_ref()
                .is_some_and(|s| s.version >= version && s.generation >= generation)
        };
        let waited = match tokio::time::timeout(wait, rx.wait_for(current)).await {
            Ok(Ok(snapshot)) => Some(snapshot.clone()),
            _ => None,
        };
        match waited {
            Some(snapshot) => snapshot,
            None => rx.borrow().clone(),
        }
    }

    /// The latest analyses of every open document, without waiting.
    pub fn all_snapshots(&self) -> Vec<(Uri, Arc<Snapshot>)> {
        lock(&self.docs)
            .iter()
            .filter_map(|(uri, state)| state.results.borrow().clone().map(|s| (uri.clone(), s)))
            .collect()
    }
}

/// Start analysing a newly opened document.
pub fn spawn_worker(
    shared: &Arc<Shared>,
    uri: Uri,
    mut dirty: watch::Receiver<u64>,
    urgent: Arc<tokio::sync::Notify>,
) -> JoinHandle<()> {
    // The worker holds the server's state weakly: `Shared` owns the document,
    // whose `dirty` sender ends this worker when the server goes away. A strong
    // reference here would keep both alive for ever once a connection ends.
    let weak = Arc::downgrade(shared);
    tokio::spawn(async move {
        dirty.mark_changed();
        let mut chunks = super::incremental::ChunkCache::default();
        loop {
            if dirty.changed().await.is_err() {
                return;
            }
            // Debounce: wait until the document has been quiet for the delay, or
            // a request is waiting for the result.
            loop {
                let Some(shared) = weak.upgrade() else { return };
                let delay = Duration::from_millis(shared.analyzer().config.debounce_ms);
                drop(shared);
                tokio::select! {
                    changed = tokio::time::timeout(delay, dirty.changed()) => match changed {
                        Ok(Ok(())) => continue,
                        Ok(Err(_)) => return,
                        Err(_) => break,
                    },
                    _ = urgent.notified() => break,
                }
            }
            dirty.borrow_and_update();
            let Some(shared) = weak.upgrade() else { return };
            chunks = analyse_once(&shared, &uri, chunks).await;
        }
    })
}

struct Job {
    text: String,
    version: i32,
    language: String,
    silenced: BTreeSet<Code>,
}

/// Analyse the document's current text (reusing and returning the chunk cache),
/// keep the result unless the document changed meanwhile, and publish it.
async fn analyse_once(shared: &Arc<Shared>, uri: &Uri, chunks: ChunkCache) -> ChunkCache {
    let job = {
        let docs = lock(&shared.docs);
        let Some(state) = docs.get(uri) else {
            return chunks;
        };
        Job {
            text: state.doc.text(),
            version: state.doc.version,
            language: state.doc.language_id.clone(),
            silenced: state.silenced.clone(),
        }
    };
    let generation = shared.generation.load(Ordering::SeqCst);
    let analyzer = shared.analyzer();
    let version = job.version;
    let started = std::time::Instant::now();
    let result = tokio::task::spawn_blocking(move || {
        let mut chunks = chunks;
        let snapshot = analyse(analyzer, job, generation, &mut chunks);
        (snapshot, chunks)
    })
    .await;
    let (snapshot, chunks) = match result {
        Ok((snapshot, chunks)) => (Arc::new(snapshot), chunks),
        Err(e) => {
            shared.log.error(format!(
                "analysis of {} v{version} failed: {e}",
                uri.as_str()
            ));
            // Keep requests from waiting for an analysis that will not come.
            let text = lock(&shared.docs)
                .get(uri)
                .map(|s| s.doc.text())
                .unwrap_or_default();
            let snapshot = Arc::new(Snapshot {
                version,
                generation,
                index: LineIndex::new(&text),
                text,
                analysis: Analysis::default(),
                analyzer: shared.analyzer(),
                skipped: None,
            });
            (snapshot, ChunkCache::default())
        }
    };
    shared.log.debug(format!(
        "analysed {} v{version} in {:?}{}",
        uri.as_str(),
        started.elapsed(),
        if chunks.last_chunks > 0 {
            format!(
                " ({} of {} chunks)",
                chunks.last_analysed, chunks.last_chunks
            )
        } else {
            String::new()
        }
    ));
    let warn_too_large = {
        let mut docs = lock(&shared.docs);
        let Some(state) = docs.get_mut(uri) else {
            return chunks;
        };
        if state.doc.version != version || shared.generation.load(Ordering::SeqCst) != generation {
            // Stale: a newer change or configuration has already marked it dirty.
            return chunks;
        }
        state.results.send_replace(Some(snapshot.clone()));
        let warn = snapshot.skipped == Some(Skipped::TooLarge) && !state.warned_too_large;
        if warn {
            state.warned_too_large = true;
        }
        if snapshot.skipped != Some(Skipped::TooLarge) {
            state.warned_too_large = false;
        }
        warn
    };
    let Some(client) = shared.client.clone() else {
        return chunks;
    };
    if warn_too_large {
        let max = snapshot.analyzer.config.max_file_size;
        let message = format!(
            "isnad: {} is larger than max-file-size ({} bytes > {max}); it is not analysed. Raise max-file-size in isnad.toml to analyse it.",
            uri.as_str(),
            snapshot.text.len()
        );
        shared.log.warn(&message);
        client
            .show_message(lsp::MessageType::WARNING, message)
            .await;
    }
    let (pull_only, flags) = {
        let session = lock(&shared.session);
        (session.pull_only, session.flags.clone())
    };
    if !pull_only {
        let encoding = shared.encoding();
        let diagnostics = super::convert::diagnostics(&snapshot, uri, encoding);
        client
            .publish_diagnostics(uri.clone(), diagnostics, Some(version))
            .await;
    }
    if flags.inlay_refresh {
        let client = client.clone();
        tokio::spawn(async move {
            let _ = client.inlay_hint_refresh().await;
        });
    }
    if flags.semantic_refresh {
        tokio::spawn(async move {
            let _ = client.semantic_tokens_refresh().await;
        });
    }
    chunks
}

fn analyse(
    analyzer: Arc<Analyzer>,
    job: Job,
    generation: u64,
    chunks: &mut ChunkCache,
) -> Snapshot {
    let config = &analyzer.config;
    let (analysis, skipped) = if job.text.len() > config.max_file_size {
        (Analysis::default(), Some(Skipped::TooLarge))
    } else if !config.analyses_language(&job.language) {
        (Analysis::default(), Some(Skipped::Language))
    } else {
        let mut analysis = if job.text.len() >= super::incremental::CHUNKED_FROM {
            super::incremental::analyse(&analyzer, &job.text, generation, chunks)
        } else {
            analyzer.analyze(&job.text)
        };
        analysis
            .diagnostics
            .retain(|d| !job.silenced.contains(&d.code));
        (analysis, None)
    };
    Snapshot {
        version: job.version,
        generation,
        index: LineIndex::new(&job.text),
        text: job.text,
        analysis,
        analyzer,
        skipped,
    }
}
