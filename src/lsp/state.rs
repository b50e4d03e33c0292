//! The server's state: open documents, their latest analyses, the analyzer built
//! from the configuration, and the background task that analyses each document.
//!
//! Edits are applied to a document's rope under a plain mutex, with no `.await`
//! between receiving a change and storing it, so they apply in the order the client
//! sent them even though handlers run concurrently. Each open document has one
//! worker task: a change marks it dirty; the worker waits until the document has
//! been quiet for the debounce less the time an analysis takes, copies the text,
//! analyses it on a blocking thread, keeps the result for requests only if the
//! document has not changed meanwhile (stale results are dropped: the newer change
//! has already marked it dirty again), and publishes its diagnostics once the
//! quiet period is over, if the document is still at that version.
//!
//! Re-analysis: a document is re-analysed whole on each change, off the keystroke
//! path, except documents of 256 KB and more, which are cut into chunks whose
//! results are cached (see [`super::incremental`]). Paragraph-level reuse for
//! ordinary articles needs the claims engine to expose the attribution context
//! carried into each paragraph (continuations and anaphors reach back over several
//! paragraphs, and in-document entity linking spans the whole text); until the
//! core offers that, reuse would change results. The latency harness
//! (`examples/lsp_latency.rs`) measures what each step costs.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::time::{Duration, Instant};

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
    /// Shared with the chunk cache of a large document.
    pub analysis: Arc<Analysis>,
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
    /// When the last change (or the open) was received, for the timings.
    pub changed_at: Instant,
    pub changed_wall_us: u128,
}

impl DocState {
    /// Note a change (or the open) just received.
    pub fn touch(&mut self) {
        self.changed_at = Instant::now();
        if super::timing::enabled() {
            self.changed_wall_us = super::timing::wall_us();
        }
    }
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
    /// The last generation after whose first analysis free memory was released
    /// (building an analyzer frees megabytes, the last of them once the first
    /// analysis has waited for the matcher).
    pub released: AtomicU64,
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
            released: AtomicU64::new(0),
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
        for state in lock(&self.docs).values_mut() {
            state.touch();
            state.dirty.send_modify(|n| *n += 1);
        }
    }

    pub fn reanalyse(&self, uri: &Uri) {
        if let Some(state) = lock(&self.docs).get_mut(uri) {
            state.touch();
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

/// Extra time, beyond twice the last analysis, by which an analysis starts before
/// the debounce ends (never more than half the debounce early).
const LEAD_MARGIN: Duration = Duration::from_millis(2);

/// Start analysing a newly opened document.
///
/// The debounce delays the *publication* of diagnostics until the document has
/// been quiet for `debounce_ms`. The analysis itself starts a little earlier
/// (twice the last analysis's duration plus a margin, at most half the debounce,
/// before the debounce ends),
/// so that its result is ready when the quiet period is over; a change during the
/// analysis or the rest of the quiet period makes the result stale and it is not
/// published. The result is stored for requests as soon as it is ready.
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
        let mut lead = Duration::ZERO;
        loop {
            if dirty.changed().await.is_err() {
                return;
            }
            // Debounce: wait until the document has been quiet for the delay less
            // the lead, or a request is waiting for the result.
            let requested = loop {
                let Some(shared) = weak.upgrade() else { return };
                let delay = Duration::from_millis(shared.analyzer().config.debounce_ms);
                let changed_at = lock(&shared.docs)
                    .get(&uri)
                    .map_or_else(Instant::now, |s| s.changed_at);
                drop(shared);
                // At most half the debounce early: a slow analysis (a huge document)
                // must not turn into one analysis per keystroke.
                let start = changed_at + delay.saturating_sub(lead.min(delay / 2));
                tokio::select! {
                    _ = tokio::time::sleep_until(start.into()) => break false,
                    changed = dirty.changed() => match changed {
                        Ok(()) => continue,
                        Err(_) => return,
                    },
                    _ = urgent.notified() => break true,
                }
            };
            dirty.borrow_and_update();
            let Some(shared) = weak.upgrade() else { return };
            let started = Instant::now();
            let Some(mut done) = analyse_once(&shared, &uri, &mut chunks).await else {
                continue;
            };
            lead = started.elapsed() * 2 + LEAD_MARGIN;
            drop(shared);
            // Publish when the quiet period is over (at once if a request asked).
            let ready = Instant::now();
            if !requested {
                tokio::time::sleep_until(done.publish_at.into()).await;
            }
            done.phases.hold = ready.elapsed();
            let Some(shared) = weak.upgrade() else { return };
            let generation = done.snapshot.generation;
            let large = done.fresh_bytes >= super::memory::RELEASE_FROM
                || shared.released.fetch_max(generation, Ordering::SeqCst) < generation;
            publish(&shared, &uri, done).await;
            if large {
                super::memory::release_in_background();
            }
        }
    })
}

struct Job {
    text: String,
    version: i32,
    language: String,
    silenced: BTreeSet<Code>,
}

/// How long the work on the blocking thread took, part by part.
#[derive(Default)]
struct Work {
    analysis: Duration,
    index: Duration,
    /// Bytes analysed afresh (not taken from the chunk cache).
    fresh_bytes: usize,
}

/// An analysis stored for requests, waiting to be published.
struct Done {
    snapshot: Arc<Snapshot>,
    /// Bytes analysed afresh: after a large analysis, free memory is released.
    fresh_bytes: usize,
    /// When the debounce of the change it analysed ends.
    publish_at: Instant,
    phases: super::timing::Phases,
}

/// Analyse the document's current text (reusing the chunk cache) and keep the
/// result for requests, unless the document changed meanwhile (then `None`: the
/// newer change has already marked it dirty again).
async fn analyse_once(shared: &Arc<Shared>, uri: &Uri, chunks: &mut ChunkCache) -> Option<Done> {
    let debounced = Instant::now();
    let mut phases = super::timing::Phases::default();
    let delay = Duration::from_millis(shared.analyzer().config.debounce_ms);
    let (job, publish_at) = {
        let docs = lock(&shared.docs);
        let state = docs.get(uri)?;
        phases.wait = debounced.saturating_duration_since(state.changed_at);
        phases.received_us = state.changed_wall_us;
        let job = Job {
            text: state.doc.text(),
            version: state.doc.version,
            language: state.doc.language_id.clone(),
            silenced: state.silenced.clone(),
        };
        (job, state.changed_at + delay)
    };
    phases.copy = debounced.elapsed();
    let generation = shared.generation.load(Ordering::SeqCst);
    let analyzer = shared.analyzer();
    let version = job.version;
    let started = std::time::Instant::now();
    let mut cache = std::mem::take(chunks);
    let result = tokio::task::spawn_blocking(move || {
        let (snapshot, work) = analyse(analyzer, job, generation, &mut cache);
        (snapshot, cache, work)
    })
    .await;
    let blocking = started.elapsed();
    let mut fresh_bytes = 0;
    let snapshot = match result {
        Ok((snapshot, cache, work)) => {
            *chunks = cache;
            fresh_bytes = work.fresh_bytes;
            phases.analysis = work.analysis;
            phases.index = work.index;
            phases.spawn = blocking.saturating_sub(work.analysis + work.index);
            Arc::new(snapshot)
        }
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
            Arc::new(Snapshot {
                version,
                generation,
                index: LineIndex::new(&text),
                text,
                analysis: Arc::default(),
                analyzer: shared.analyzer(),
                skipped: None,
            })
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
        let state = docs.get_mut(uri)?;
        if state.doc.version != version || shared.generation.load(Ordering::SeqCst) != generation {
            // Stale: a newer change or configuration has already marked it dirty.
            return None;
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
    if warn_too_large {
        let max = snapshot.analyzer.config.max_file_size;
        let message = format!(
            "isnad: {} is larger than max-file-size ({} bytes > {max}); it is not analysed. Raise max-file-size in isnad.toml to analyse it.",
            uri.as_str(),
            snapshot.text.len()
        );
        shared.log.warn(&message);
        if let Some(client) = shared.client.clone() {
            client
                .show_message(lsp::MessageType::WARNING, message)
                .await;
        }
    }
    Some(Done {
        snapshot,
        fresh_bytes,
        publish_at,
        phases,
    })
}

/// Publish an analysis's diagnostics (unless the client pulls them, or the
/// document changed since) and ask the client to refresh hints and tokens.
async fn publish(shared: &Arc<Shared>, uri: &Uri, done: Done) {
    let Done {
        snapshot,
        mut phases,
        ..
    } = done;
    let version = snapshot.version;
    let current = lock(&shared.docs).get(uri).is_some_and(|state| {
        state.doc.version == version
            && shared.generation.load(Ordering::SeqCst) == snapshot.generation
    });
    let Some(client) = shared.client.clone().filter(|_| current) else {
        return;
    };
    let (pull_only, flags) = {
        let session = lock(&shared.session);
        (session.pull_only, session.flags.clone())
    };
    if !pull_only {
        let encoding = shared.encoding();
        let t = Instant::now();
        let diagnostics = super::convert::diagnostics(&snapshot, uri, encoding);
        phases.convert = t.elapsed();
        phases.diagnostics = diagnostics.len();
        let t = Instant::now();
        client
            .publish_diagnostics(uri.clone(), diagnostics, Some(version))
            .await;
        phases.publish = t.elapsed();
        if super::timing::enabled() {
            phases.version = version;
            phases.bytes = snapshot.text.len();
            phases.queued_us = super::timing::wall_us();
            phases.report();
        }
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
}

fn analyse(
    analyzer: Arc<Analyzer>,
    job: Job,
    generation: u64,
    chunks: &mut ChunkCache,
) -> (Snapshot, Work) {
    let started = Instant::now();
    let config = &analyzer.config;
    let (analysis, skipped) = if job.text.len() > config.max_file_size {
        (Arc::default(), Some(Skipped::TooLarge))
    } else if !config.analyses_language(&job.language) {
        (Arc::default(), Some(Skipped::Language))
    } else {
        let mut analysis = if job.text.len() >= super::incremental::CHUNKED_FROM {
            super::incremental::analyse(&analyzer, &job.text, generation, chunks)
        } else {
            Arc::new(analyzer.analyze(&job.text))
        };
        let silenced = |d: &crate::analysis::Diagnostic| job.silenced.contains(&d.code);
        if analysis.diagnostics.iter().any(silenced) {
            // A copy of its own: the chunk cache keeps the unfiltered one.
            Arc::make_mut(&mut analysis)
                .diagnostics
                .retain(|d| !silenced(d));
        }
        (analysis, None)
    };
    let fresh_bytes = match skipped {
        Some(_) => 0,
        None if job.text.len() >= super::incremental::CHUNKED_FROM => chunks.last_analysed_bytes,
        None => job.text.len(),
    };
    let analysed = Instant::now();
    let index = LineIndex::new(&job.text);
    let work = Work {
        analysis: analysed - started,
        index: analysed.elapsed(),
        fresh_bytes,
    };
    let snapshot = Snapshot {
        version: job.version,
        generation,
        index,
        text: job.text,
        analysis,
        analyzer,
        skipped,
    };
    (snapshot, work)
}
