//! The protocol handlers. Each one converts positions, takes the document's
//! analysed snapshot, and calls a plain function in `features`, `actions` or
//! `hints` inside a panic guard.

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};
use tokio::sync::watch;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::{self as lsp, Uri};
use tower_lsp_server::{Client, LanguageServer};

use super::actions::{self, ADD_ENTITY, COMMANDS, LIST_ENTITIES, SILENCE};
use super::document::Document;
use super::state::{lock, spawn_worker, DocState, Shared};
use super::{convert, features, hints, settings};

/// How long a request waits for the analysis of the document's current version
/// before answering from the newest one there is.
const WAIT: Duration = Duration::from_secs(5);

pub struct Backend {
    pub(crate) shared: Arc<Shared>,
    /// The last full semantic tokens per document, for deltas.
    tokens: Mutex<HashMap<Uri, (String, Vec<lsp::SemanticToken>)>>,
}

impl Backend {
    pub fn new(client: Client) -> Backend {
        Backend {
            shared: Arc::new(Shared::new(Some(client))),
            tokens: Mutex::new(HashMap::new()),
        }
    }

    fn client(&self) -> Option<&Client> {
        self.shared.client.as_ref()
    }

    /// Run a handler's body; a panic becomes an internal error for this request
    /// and a log line, and the server keeps serving.
    fn guard<T>(&self, name: &str, f: impl FnOnce() -> T) -> Result<T> {
        let inject = self.shared.panic_next.swap(false, Ordering::SeqCst);
        let result = catch_unwind(AssertUnwindSafe(|| {
            if inject {
                panic!("injected panic (test hook)");
            }
            f()
        }));
        result.map_err(|payload| {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            self.shared
                .log
                .error(format!("{name} panicked: {what}; the server keeps running"));
            Error {
                code: tower_lsp_server::jsonrpc::ErrorCode::InternalError,
                message: format!("isnad: {name} failed: {what}").into(),
                data: None,
            }
        })
    }

    async fn show_problems(&self, problems: Vec<String>) {
        show_problems(&self.shared, problems).await;
    }

    async fn execute(&self, command: &str, args: &[Value]) -> Result<Option<Value>> {
        match command {
            LIST_ENTITIES => {
                let uri = actions::parse_uri(args, 0).ok_or_else(|| {
                    Error::invalid_params("isnad.listEntities: expected a document uri")
                })?;
                let Some(snapshot) = self.shared.snapshot(&uri, WAIT).await else {
                    return Ok(Some(json!([])));
                };
                let encoding = self.shared.encoding();
                let rows = self.guard("isnad.listEntities", || {
                    features::list_entities(&snapshot, encoding)
                })?;
                Ok(Some(
                    serde_json::to_value(rows).unwrap_or_else(|_| json!([])),
                ))
            }
            SILENCE => {
                let (Some(uri), Some(code)) =
                    (actions::parse_uri(args, 0), actions::parse_code(args, 1))
                else {
                    return Err(Error::invalid_params(
                        "isnad.silenceCode: expected a document uri and a code",
                    ));
                };
                // Remembered for the session, across closing and reopening.
                lock(&self.shared.silenced)
                    .entry(uri.clone())
                    .or_default()
                    .insert(code);
                if let Some(state) = lock(&self.shared.docs).get_mut(&uri) {
                    state.silenced.insert(code);
                }
                self.shared.reanalyse(&uri);
                self.shared
                    .log
                    .info(format!("{code} silenced in {}", uri.as_str()));
                Ok(None)
            }
            ADD_ENTITY => {
                let uri = actions::parse_uri(args, 0);
                let (name, kind, role) = match args.get(1) {
                    Some(Value::String(s)) => (s.clone(), "person".to_string(), None),
                    Some(Value::Object(o)) => (
                        o.get("name")
                            .and_then(Value::as_str)
                            .unwrap_or("")
                            .to_string(),
                        o.get("type")
                            .and_then(Value::as_str)
                            .unwrap_or("person")
                            .to_string(),
                        o.get("role").and_then(Value::as_str).map(str::to_string),
                    ),
                    _ => (String::new(), String::new(), None),
                };
                if name.trim().is_empty()
                    || !["person", "organization", "location"].contains(&kind.as_str())
                {
                    return Err(Error::invalid_params(
                        "isnad.addEntity: expected a document uri and {name, type}",
                    ));
                }
                let root = lock(&self.shared.session).root.clone().or_else(|| {
                    uri.as_ref()
                        .and_then(|u| u.to_file_path())
                        .and_then(|p| p.parent().map(|d| d.to_path_buf()))
                });
                let Some(root) = root else {
                    return Err(Error::invalid_params(
                        "isnad.addEntity: no workspace folder to write .isnad/entities.json in",
                    ));
                };
                match actions::add_entity(&root, &name, &kind, role.as_deref()) {
                    Ok(path) => {
                        self.shared
                            .log
                            .info(format!("added {name} to {}", path.display()));
                        let problems = settings::rebuild_async(&self.shared).await;
                        self.show_problems(problems).await;
                        Ok(Some(
                            json!({ "file": path.to_string_lossy(), "id": actions::user_id(&name) }),
                        ))
                    }
                    Err(message) => {
                        if let Some(client) = self.client() {
                            client
                                .show_message(lsp::MessageType::ERROR, format!("isnad: {message}"))
                                .await;
                        }
                        Err(Error {
                            code: tower_lsp_server::jsonrpc::ErrorCode::InternalError,
                            message: message.into(),
                            data: None,
                        })
                    }
                }
            }
            other => Err(Error::invalid_params(format!("unknown command {other}"))),
        }
    }
}

/// Server-to-client requests (configuration, registration) run in their own
/// tasks, never inside a handler: a handler waiting for the client's answer when
/// `exit` arrives would keep the server from ending.
async fn show_problems(shared: &Shared, problems: Vec<String>) {
    if problems.is_empty() {
        return;
    }
    if let Some(client) = shared.client.as_ref() {
        client
            .show_message(lsp::MessageType::WARNING, problems.join("\n"))
            .await;
    }
}

/// Ask the client for the `isnad` section and apply it.
/// How long the server waits for the client to answer its own requests
/// (configuration, registrations) before giving up on them.
const CLIENT_ANSWER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

async fn pull_configuration(shared: &Arc<Shared>) {
    let Some(client) = shared.client.as_ref() else {
        return;
    };
    let items = vec![lsp::ConfigurationItem {
        scope_uri: None,
        section: Some("isnad".to_string()),
    }];
    match client.configuration(items).await {
        Ok(values) => {
            let Some(value) = values.first() else { return };
            match settings::client_settings(value) {
                Ok(Some(s)) => {
                    lock(&shared.session).client_settings = Some(s);
                    let problems = settings::rebuild_async(shared).await;
                    show_problems(shared, problems).await;
                }
                Ok(None) => {}
                Err(e) => show_problems(shared, vec![e]).await,
            }
        }
        Err(e) => shared.log.debug(format!("workspace/configuration: {e}")),
    }
}

async fn register_watchers(shared: &Shared) {
    let Some(client) = shared.client.as_ref() else {
        return;
    };
    let glob = |p: &str| lsp::FileSystemWatcher {
        glob_pattern: lsp::GlobPattern::String(p.to_string()),
        kind: None,
    };
    let mut watchers = vec![glob("**/isnad.toml"), glob("**/.isnad/entities.*")];
    for p in &shared.analyzer().config.kb_paths {
        watchers.push(glob(&p.to_string_lossy()));
    }
    let options = lsp::DidChangeWatchedFilesRegistrationOptions { watchers };
    let registration = lsp::Registration {
        id: "isnad-watched-files".to_string(),
        method: "workspace/didChangeWatchedFiles".to_string(),
        register_options: serde_json::to_value(options).ok(),
    };
    if let Err(e) = client.register_capability(vec![registration]).await {
        shared
            .log
            .warn(format!("could not register file watchers: {e}"));
    }
}

fn root_of(params: &lsp::InitializeParams) -> Option<std::path::PathBuf> {
    if let Some(folder) = params.workspace_folders.as_ref().and_then(|f| f.first()) {
        if let Some(p) = folder.uri.to_file_path() {
            return Some(p.into_owned());
        }
    }
    #[allow(deprecated)]
    if let Some(p) = params.root_uri.as_ref().and_then(|u| u.to_file_path()) {
        return Some(p.into_owned());
    }
    #[allow(deprecated)]
    params.root_path.as_ref().map(std::path::PathBuf::from)
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: lsp::InitializeParams) -> Result<lsp::InitializeResult> {
        let caps = &params.capabilities;
        let offered = caps
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_deref());
        let encoding = convert::negotiate(offered);
        self.shared.set_encoding(encoding);
        let workspace = caps.workspace.as_ref();
        let flags = super::state::ClientFlags {
            configuration: workspace.and_then(|w| w.configuration).unwrap_or(false),
            watch_dynamic: workspace
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|w| w.dynamic_registration)
                .unwrap_or(false),
            inlay_refresh: workspace
                .and_then(|w| w.inlay_hint.as_ref())
                .and_then(|w| w.refresh_support)
                .unwrap_or(false),
            semantic_refresh: workspace
                .and_then(|w| w.semantic_tokens.as_ref())
                .and_then(|w| w.refresh_support)
                .unwrap_or(false),
            pull_diagnostics: caps
                .text_document
                .as_ref()
                .is_some_and(|t| t.diagnostic.is_some()),
            work_done: false,
        };
        let options = params.initialization_options.clone().unwrap_or(Value::Null);
        let pull_mode = options
            .get("diagnosticMode")
            .or_else(|| options.get("isnad").and_then(|i| i.get("diagnosticMode")))
            .and_then(Value::as_str)
            == Some("pull");
        let client_settings = settings::client_settings(&options);
        {
            let mut session = lock(&self.shared.session);
            session.root = root_of(&params);
            session.pull_only = pull_mode && flags.pull_diagnostics;
            session.flags = flags;
            if let Ok(Some(s)) = &client_settings {
                session.client_settings = Some(s.clone());
            }
        }
        settings::read_config_file(&self.shared);
        let mut problems = settings::rebuild_async(&self.shared).await;
        if let Err(e) = client_settings {
            problems.push(e);
        }
        self.show_problems(problems).await;
        let pull_only = lock(&self.shared.session).pull_only;
        self.shared.log.info(format!(
            "isnad {} initialised: {:?} positions, root {:?}",
            env!("CARGO_PKG_VERSION"),
            encoding,
            lock(&self.shared.session).root
        ));
        Ok(lsp::InitializeResult {
            capabilities: lsp::ServerCapabilities {
                position_encoding: Some(convert::encoding_kind(encoding)),
                text_document_sync: Some(lsp::TextDocumentSyncCapability::Options(
                    lsp::TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(lsp::TextDocumentSyncKind::INCREMENTAL),
                        will_save: None,
                        will_save_wait_until: None,
                        save: None,
                    },
                )),
                hover_provider: Some(lsp::HoverProviderCapability::Simple(true)),
                references_provider: Some(lsp::OneOf::Left(true)),
                document_highlight_provider: Some(lsp::OneOf::Left(true)),
                document_symbol_provider: Some(lsp::OneOf::Left(true)),
                workspace_symbol_provider: Some(lsp::OneOf::Left(true)),
                code_action_provider: Some(lsp::CodeActionProviderCapability::Options(
                    lsp::CodeActionOptions {
                        code_action_kinds: Some(vec![lsp::CodeActionKind::QUICKFIX]),
                        work_done_progress_options: Default::default(),
                        resolve_provider: None,
                    },
                )),
                execute_command_provider: Some(lsp::ExecuteCommandOptions {
                    commands: COMMANDS.iter().map(|c| c.to_string()).collect(),
                    work_done_progress_options: Default::default(),
                }),
                inlay_hint_provider: Some(lsp::OneOf::Left(true)),
                semantic_tokens_provider: Some(
                    lsp::SemanticTokensServerCapabilities::SemanticTokensOptions(
                        lsp::SemanticTokensOptions {
                            work_done_progress_options: Default::default(),
                            legend: hints::legend(),
                            range: Some(true),
                            full: Some(lsp::SemanticTokensFullOptions::Delta { delta: Some(true) }),
                        },
                    ),
                ),
                diagnostic_provider: pull_only.then(|| {
                    lsp::DiagnosticServerCapabilities::Options(lsp::DiagnosticOptions {
                        identifier: Some("isnad".to_string()),
                        inter_file_dependencies: false,
                        workspace_diagnostics: false,
                        work_done_progress_options: Default::default(),
                    })
                }),
                ..Default::default()
            },
            server_info: Some(lsp::ServerInfo {
                name: "isnad".to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: lsp::InitializedParams) {
        let flags = lock(&self.shared.session).flags.clone();
        let shared = self.shared.clone();
        // Building the knowledge base's automaton frees much of what it
        // allocates, in its own thread's arena: once it is built, give that back
        // (about 2.6 MB of an idle server's resident memory, measured by calling
        // `malloc_trim` on one from gdb).
        let analyzer = shared.analyzer();
        tokio::task::spawn_blocking(move || {
            analyzer.recognizer.ready();
            super::memory::release_free_memory();
        });
        // Requests to the client hold the server's state until they are answered:
        // a client that never answers (or a connection that ends) must not keep it
        // alive for ever.
        tokio::spawn(async move {
            let _ = tokio::time::timeout(CLIENT_ANSWER_TIMEOUT, async {
                if flags.watch_dynamic {
                    register_watchers(&shared).await;
                }
                if flags.configuration {
                    pull_configuration(&shared).await;
                }
            })
            .await;
        });
    }

    async fn shutdown(&self) -> Result<()> {
        self.shared.shutdown_received.store(true, Ordering::SeqCst);
        self.shared.log.info("shutdown");
        Ok(())
    }

    async fn did_open(&self, params: lsp::DidOpenTextDocumentParams) {
        let item = params.text_document;
        let (dirty, dirty_rx) = watch::channel(0u64);
        let (results, _) = watch::channel(None);
        let uri = item.uri.clone();
        let mut docs = lock(&self.shared.docs);
        let silenced = lock(&self.shared.silenced)
            .get(&uri)
            .cloned()
            .unwrap_or_default();
        let urgent = Arc::new(tokio::sync::Notify::new());
        let worker = spawn_worker(&self.shared, uri.clone(), dirty_rx, urgent.clone());
        docs.insert(
            uri,
            DocState {
                doc: Document::new(&item.text, item.version, item.language_id),
                silenced,
                dirty,
                urgent,
                results,
                worker: Some(worker),
                warned_too_large: false,
                changed_at: std::time::Instant::now(),
                changed_wall_us: if super::timing::enabled() {
                    super::timing::wall_us()
                } else {
                    0
                },
            },
        );
    }

    async fn did_change(&self, params: lsp::DidChangeTextDocumentParams) {
        let encoding = self.shared.encoding();
        let uri = params.text_document.uri;
        let version = params.text_document.version;
        // No .await between receiving the change and storing it: changes apply in
        // the order the client sent them.
        let mut docs = lock(&self.shared.docs);
        let Some(state) = docs.get_mut(&uri) else {
            self.shared.log.warn(format!(
                "didChange for a document that is not open: {}",
                uri.as_str()
            ));
            return;
        };
        if version < state.doc.version {
            self.shared.log.warn(format!(
                "didChange v{version} after v{} of {}: ignored",
                state.doc.version,
                uri.as_str()
            ));
            return;
        }
        let doc = &mut state.doc;
        let applied = catch_unwind(AssertUnwindSafe(|| {
            for change in &params.content_changes {
                doc.apply(change, encoding);
            }
        }));
        if applied.is_err() {
            self.shared
                .log
                .error(format!("applying a change to {} panicked", uri.as_str()));
        }
        state.doc.version = version;
        state.touch();
        state.dirty.send_modify(|n| *n += 1);
    }

    async fn did_close(&self, params: lsp::DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let removed = lock(&self.shared.docs).remove(&uri);
        lock(&self.tokens).remove(&uri);
        let large = removed
            .as_ref()
            .is_some_and(|s| s.doc.rope.len_bytes() >= super::memory::RELEASE_FROM);
        drop(removed);
        if large {
            super::memory::release_in_background();
        }
        let pull_only = lock(&self.shared.session).pull_only;
        if let (Some(client), false) = (self.client(), pull_only) {
            client.publish_diagnostics(uri, Vec::new(), None).await;
        }
    }

    async fn did_change_configuration(&self, params: lsp::DidChangeConfigurationParams) {
        match settings::client_settings(&params.settings) {
            Ok(Some(s)) => {
                lock(&self.shared.session).client_settings = Some(s);
                let problems = settings::rebuild_async(&self.shared).await;
                self.show_problems(problems).await;
            }
            Ok(None) => {
                if lock(&self.shared.session).flags.configuration {
                    let shared = self.shared.clone();
                    tokio::spawn(async move {
                        let _ = tokio::time::timeout(
                            CLIENT_ANSWER_TIMEOUT,
                            pull_configuration(&shared),
                        )
                        .await;
                    });
                }
            }
            Err(e) => self.show_problems(vec![e]).await,
        }
    }

    async fn did_change_watched_files(&self, params: lsp::DidChangeWatchedFilesParams) {
        let mut relevant = false;
        for change in &params.changes {
            let Some(path) = change.uri.to_file_path() else {
                continue;
            };
            if settings::is_watched(&path, &self.shared) {
                self.shared
                    .log
                    .info(format!("{} changed: reloading", path.display()));
                relevant = true;
            }
        }
        if relevant {
            settings::read_config_file(&self.shared);
            let problems = settings::rebuild_async(&self.shared).await;
            self.show_problems(problems).await;
        }
    }

    async fn hover(&self, params: lsp::HoverParams) -> Result<Option<lsp::Hover>> {
        let p = params.text_document_position_params;
        let Some(snapshot) = self.shared.snapshot(&p.text_document.uri, WAIT).await else {
            return Ok(None);
        };
        let encoding = self.shared.encoding();
        self.guard("hover", || features::hover(&snapshot, p.position, encoding))
    }

    async fn references(&self, params: lsp::ReferenceParams) -> Result<Option<Vec<lsp::Location>>> {
        let p = params.text_document_position;
        let Some(snapshot) = self.shared.snapshot(&p.text_document.uri, WAIT).await else {
            return Ok(None);
        };
        let encoding = self.shared.encoding();
        self.guard("references", || {
            Some(features::references(
                &snapshot,
                &p.text_document.uri,
                p.position,
                encoding,
            ))
        })
    }

    async fn document_highlight(
        &self,
        params: lsp::DocumentHighlightParams,
    ) -> Result<Option<Vec<lsp::DocumentHighlight>>> {
        let p = params.text_document_position_params;
        let Some(snapshot) = self.shared.snapshot(&p.text_document.uri, WAIT).await else {
            return Ok(None);
        };
        let encoding = self.shared.encoding();
        self.guard("documentHighlight", || {
            Some(features::highlights(&snapshot, p.position, encoding))
        })
    }

    async fn document_symbol(
        &self,
        params: lsp::DocumentSymbolParams,
    ) -> Result<Option<lsp::DocumentSymbolResponse>> {
        let Some(snapshot) = self.shared.snapshot(&params.text_document.uri, WAIT).await else {
            return Ok(None);
        };
        let encoding = self.shared.encoding();
        self.guard("documentSymbol", || {
            Some(lsp::DocumentSymbolResponse::Nested(
                features::document_symbols(&snapshot, encoding),
            ))
        })
    }

    async fn symbol(
        &self,
        params: lsp::WorkspaceSymbolParams,
    ) -> Result<Option<lsp::WorkspaceSymbolResponse>> {
        let snapshots = self.shared.all_snapshots();
        let encoding = self.shared.encoding();
        self.guard("workspace/symbol", || {
            Some(lsp::WorkspaceSymbolResponse::Nested(
                features::workspace_symbols(&snapshots, &params.query, encoding),
            ))
        })
    }

    async fn code_action(
        &self,
        params: lsp::CodeActionParams,
    ) -> Result<Option<lsp::CodeActionResponse>> {
        let uri = params.text_document.uri;
        // All of isnad's actions are quick fixes.
        if let Some(only) = &params.context.only {
            let quickfix = lsp::CodeActionKind::QUICKFIX;
            let quickfix = quickfix.as_str();
            let wanted = only.iter().any(|k| {
                let k = k.as_str();
                k.is_empty() || quickfix == k || quickfix.starts_with(&format!("{k}."))
            });
            if !wanted {
                return Ok(Some(Vec::new()));
            }
        }
        let Some(snapshot) = self.shared.snapshot(&uri, WAIT).await else {
            return Ok(None);
        };
        let encoding = self.shared.encoding();
        self.guard("codeAction", || {
            Some(actions::code_actions(
                &snapshot,
                &uri,
                params.range,
                encoding,
            ))
        })
    }

    async fn execute_command(&self, params: lsp::ExecuteCommandParams) -> Result<Option<Value>> {
        self.execute(&params.command, &params.arguments).await
    }

    async fn diagnostic(
        &self,
        params: lsp::DocumentDiagnosticParams,
    ) -> Result<lsp::DocumentDiagnosticReportResult> {
        let uri = params.text_document.uri;
        let snapshot = self.shared.snapshot(&uri, WAIT).await;
        let encoding = self.shared.encoding();
        let items = match snapshot {
            Some(s) => self.guard("textDocument/diagnostic", || {
                convert::diagnostics(&s, &uri, encoding)
            })?,
            None => Vec::new(),
        };
        Ok(lsp::DocumentDiagnosticReportResult::Report(
            lsp::DocumentDiagnosticReport::Full(lsp::RelatedFullDocumentDiagnosticReport {
                related_documents: None,
                full_document_diagnostic_report: lsp::FullDocumentDiagnosticReport {
                    result_id: None,
                    items,
                },
            }),
        ))
    }

    async fn inlay_hint(
        &self,
        params: lsp::InlayHintParams,
    ) -> Result<Option<Vec<lsp::InlayHint>>> {
        let Some(snapshot) = self.shared.snapshot(&params.text_document.uri, WAIT).await else {
            return Ok(None);
        };
        let encoding = self.shared.encoding();
        self.guard("inlayHint", || {
            let start = snapshot.offset(params.range.start, encoding);
            let end = snapshot.offset(params.range.end, encoding).max(start);
            Some(hints::inlay_hints(&snapshot, encoding, start..end))
        })
    }

    async fn semantic_tokens_full(
        &self,
        params: lsp::SemanticTokensParams,
    ) -> Result<Option<lsp::SemanticTokensResult>> {
        let uri = params.text_document.uri;
        let Some(snapshot) = self.shared.snapshot(&uri, WAIT).await else {
            return Ok(None);
        };
        let encoding = self.shared.encoding();
        let data = self.guard("semanticTokens/full", || {
            hints::semantic_tokens(&snapshot, encoding, None)
        })?;
        let id = format!("{}.{}", snapshot.version, snapshot.generation);
        lock(&self.tokens).insert(uri, (id.clone(), data.clone()));
        Ok(Some(lsp::SemanticTokensResult::Tokens(
            lsp::SemanticTokens {
                result_id: Some(id),
                data,
            },
        )))
    }

    async fn semantic_tokens_full_delta(
        &self,
        params: lsp::SemanticTokensDeltaParams,
    ) -> Result<Option<lsp::SemanticTokensFullDeltaResult>> {
        let uri = params.text_document.uri;
        let Some(snapshot) = self.shared.snapshot(&uri, WAIT).await else {
            return Ok(None);
        };
        let encoding = self.shared.encoding();
        let data = self.guard("semanticTokens/full/delta", || {
            hints::semantic_tokens(&snapshot, encoding, None)
        })?;
        // A unique id per answer, so a client never applies a delta to the wrong base.
        let id = format!(
            "{}.{}.{}",
            snapshot.version,
            snapshot.generation,
            data.len()
        );
        let previous = lock(&self.tokens).insert(uri, (id.clone(), data.clone()));
        match previous {
            Some((old_id, old)) if old_id == params.previous_result_id => Ok(Some(
                lsp::SemanticTokensFullDeltaResult::TokensDelta(lsp::SemanticTokensDelta {
                    result_id: Some(id),
                    edits: hints::token_delta(&old, &data),
                }),
            )),
            _ => Ok(Some(lsp::SemanticTokensFullDeltaResult::Tokens(
                lsp::SemanticTokens {
                    result_id: Some(id),
                    data,
                },
            ))),
        }
    }

    async fn semantic_tokens_range(
        &self,
        params: lsp::SemanticTokensRangeParams,
    ) -> Result<Option<lsp::SemanticTokensRangeResult>> {
        let Some(snapshot) = self.shared.snapshot(&params.text_document.uri, WAIT).await else {
            return Ok(None);
        };
        let encoding = self.shared.encoding();
        let data = self.guard("semanticTokens/range", || {
            let start = snapshot.offset(params.range.start, encoding);
            let end = snapshot.offset(params.range.end, encoding).max(start);
            hints::semantic_tokens(&snapshot, encoding, Some(start..end))
        })?;
        Ok(Some(lsp::SemanticTokensRangeResult::Tokens(
            lsp::SemanticTokens {
                result_id: None,
                data,
            },
        )))
    }
}
