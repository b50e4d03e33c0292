//! Where the server's configuration comes from, and rebuilding the analyzer when it
//! changes.
//!
//! Precedence, lowest first: the defaults; the client's settings
//! (`initializationOptions`, then the `isnad` section of `workspace/configuration`
//! or `didChangeConfiguration`); `isnad.toml` at the workspace root. The file wins
//! because it is the newsroom's shared, explicit choice, while editors send every
//! setting with its default filled in. Knowledge-base files: the embedded base, the
//! configured `knowledge-base` paths, then `.isnad/entities.json` / `.toml` at the
//! workspace root (where the "add to knowledge base" quick fix writes).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use serde_json::Value;

use super::state::{lock, Shared};
use crate::analysis::Analyzer;
use crate::config::{Config, Settings};

pub const CONFIG_FILE: &str = "isnad.toml";
pub const KB_DIR: &str = ".isnad";
pub const KB_FILES: [&str; 2] = ["entities.json", "entities.toml"];

/// The client's `isnad` settings in any of the shapes editors send: the section
/// itself, or `{ "isnad": { … } }`. `None` when there is nothing usable.
pub fn client_settings(value: &Value) -> Result<Option<Settings>, String> {
    let section = match value {
        Value::Object(map) if map.contains_key("isnad") => &map["isnad"],
        Value::Object(_) => value,
        _ => return Ok(None),
    };
    if !section.is_object() {
        return Ok(None);
    }
    serde_json::from_value(section.clone())
        .map(Some)
        .map_err(|e| format!("isnad settings: {e}"))
}

/// The workspace knowledge-base files that exist.
pub fn workspace_kb_files(root: &Path) -> Vec<PathBuf> {
    KB_FILES
        .iter()
        .map(|f| root.join(KB_DIR).join(f))
        .filter(|p| p.is_file())
        .collect()
}

/// Re-read `isnad.toml` from the workspace root.
pub fn read_config_file(shared: &Shared) {
    let root = lock(&shared.session).root.clone();
    let text = root.and_then(|r| crate::kb::read_user_file(&r.join(CONFIG_FILE)).ok());
    lock(&shared.session).file_config = text;
}

/// Build the configuration and knowledge base from every source and install a new
/// analyzer; every open document is re-analysed. Problems are returned for the
/// caller to show (and are logged).
pub fn rebuild(shared: &Shared) -> Vec<String> {
    let _one_at_a_time = lock(&shared.rebuild_lock);
    let (root, settings, file) = {
        let s = lock(&shared.session);
        (
            s.root.clone(),
            s.client_settings.clone(),
            s.file_config.clone(),
        )
    };
    let base = root.clone().unwrap_or_else(|| PathBuf::from("."));
    let mut problems = Vec::new();
    let mut config = Config::default();
    if let Some(settings) = &settings {
        if let Err(e) = config.apply_settings(settings, &base) {
            problems.push(format!("isnad settings: {e}"));
        }
    }
    if let Some(text) = &file {
        if let Err(e) = config.apply_toml(text, &base) {
            problems.push(format!("{}: {e}", base.join(CONFIG_FILE).display()));
        }
    }
    shared
        .log
        .set_level(settings.as_ref().and_then(|s| s.log_level.as_deref()));
    let extra = root.as_deref().map(workspace_kb_files).unwrap_or_default();
    let (analyzer, errors) = cached_analyzer(config, &extra);
    problems.extend(errors);
    shared.set_analyzer_arc(analyzer);
    for p in &problems {
        shared.log.warn(p);
    }
    shared.reanalyse_all();
    problems
}

/// What an analyzer is built from: the configuration and the text of every
/// knowledge-base file it reads.
type AnalyzerKey = (String, Vec<(PathBuf, Option<String>)>);
/// A built analyzer with its key and the problems met building it.
type Cached = (AnalyzerKey, Arc<Analyzer>, Vec<String>);

/// Analyzers are immutable and building one (the knowledge-base matcher) is the
/// slow part, so the last few are kept per process: a server restarted in-process,
/// or several servers with the same settings, share one.
fn cached_analyzer(config: Config, extra: &[PathBuf]) -> (Arc<Analyzer>, Vec<String>) {
    static CACHE: OnceLock<Mutex<Vec<Cached>>> = OnceLock::new();
    let files = config
        .kb_paths
        .iter()
        .chain(extra)
        .map(|p| (p.clone(), crate::kb::read_user_file(p).ok()))
        .collect();
    let key: AnalyzerKey = (format!("{config:?}"), files);
    let cache = CACHE.get_or_init(|| Mutex::new(Vec::new()));
    if let Some((_, analyzer, problems)) = lock(cache).iter().find(|(k, _, _)| k == &key) {
        return (analyzer.clone(), problems.clone());
    }
    let (analyzer, errors) = Analyzer::with_user_files(config, extra);
    let problems: Vec<String> = errors
        .iter()
        .map(|e| format!("knowledge base: {e}"))
        .collect();
    let analyzer = Arc::new(analyzer);
    let mut cache = lock(cache);
    cache.push((key, analyzer.clone(), problems.clone()));
    if cache.len() > 4 {
        cache.remove(0);
    }
    (analyzer, problems)
}

/// [`rebuild`] on a blocking thread (building the matcher takes a while).
pub async fn rebuild_async(shared: &std::sync::Arc<Shared>) -> Vec<String> {
    let shared = shared.clone();
    tokio::task::spawn_blocking(move || rebuild(&shared))
        .await
        .unwrap_or_else(|e| vec![format!("isnad: reloading the configuration failed: {e}")])
}

/// Whether a changed file is one the configuration depends on.
pub fn is_watched(path: &Path, shared: &Shared) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name == CONFIG_FILE {
        return true;
    }
    let in_kb_dir = path
        .parent()
        .and_then(|p| p.file_name())
        .is_some_and(|d| d == KB_DIR);
    if in_kb_dir && name.starts_with("entities.") {
        return true;
    }
    shared.analyzer().config.kb_paths.iter().any(|p| p == path)
}
