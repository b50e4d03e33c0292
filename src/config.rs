//! Configuration: severities per code, limits, extra knowledge-base files.
//! Read from `isnad.toml` (CLI `--config`, the workspace root) and, in the
//! language server, from the client's settings.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;

use crate::analysis::{Code, Diagnostic, Severity};
use crate::spelling::HouseSpellings;

/// A code's level: a severity or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Off,
    On(Severity),
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        if s == "off" || s == "none" {
            Some(Level::Off)
        } else {
            Severity::parse(s).map(Level::On)
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Overrides of the default severities.
    pub levels: BTreeMap<Code, Level>,
    /// Files above this size are not analysed.
    pub max_file_size: usize,
    /// Documents with a smaller share of Arabic letters among their letters are not
    /// analysed for claims.
    pub min_arabic_share: f64,
    /// Extra knowledge-base files, merged over the embedded base.
    pub kb_paths: Vec<PathBuf>,
    /// Language-server debounce.
    pub debounce_ms: u64,
    /// Language ids (`plaintext`, `markdown`, …) the language server analyses; empty
    /// means every document the client sends.
    pub languages: Vec<String>,
    /// Which inlay hints the language server shows.
    pub inlay_hints: InlayHints,
    /// House spellings of names (`[spelling]`): the target of `inconsistent-spelling`.
    pub spelling: HouseSpellings,
}

/// Switches per inlay-hint kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InlayHints {
    /// `← رودينكو` after a continuation verb or anaphor whose speaker was resolved.
    pub sources: bool,
    /// `= 8,000` after a figure spelled in words.
    pub figures: bool,
}

impl Default for InlayHints {
    fn default() -> InlayHints {
        InlayHints {
            sources: true,
            figures: true,
        }
    }
}

impl Default for Config {
    fn default() -> Config {
        Config {
            levels: BTreeMap::new(),
            max_file_size: 10 * 1024 * 1024,
            min_arabic_share: 0.3,
            kb_paths: Vec::new(),
            debounce_ms: 50,
            languages: Vec::new(),
            inlay_hints: InlayHints::default(),
            spelling: HouseSpellings::default(),
        }
    }
}

/// The file form of [`Config`] (`isnad.toml`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConfigFile {
    #[serde(default)]
    pub severity: BTreeMap<String, String>,
    pub max_file_size: Option<usize>,
    pub min_arabic_share: Option<f64>,
    #[serde(default)]
    pub knowledge_base: Vec<PathBuf>,
    pub debounce_ms: Option<u64>,
    pub languages: Option<Vec<String>>,
    pub inlay_hints: Option<InlayHintsFile>,
    /// Entity id or name → house spelling.
    #[serde(default)]
    pub spelling: BTreeMap<String, String>,
}

/// `[inlay-hints]` in `isnad.toml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct InlayHintsFile {
    pub enable: Option<bool>,
    pub sources: Option<bool>,
    pub figures: Option<bool>,
}

/// The language client's form of [`Config`]: `initializationOptions`, the `isnad`
/// section of `workspace/configuration` and `didChangeConfiguration`. Keys are
/// camelCase (kebab-case is accepted too); unknown keys are ignored because editors
/// send their own (`server.path`).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    #[serde(default)]
    pub severity: BTreeMap<String, String>,
    #[serde(alias = "max-file-size")]
    pub max_file_size: Option<usize>,
    #[serde(alias = "min-arabic-share")]
    pub min_arabic_share: Option<f64>,
    #[serde(alias = "debounce-ms")]
    pub debounce_ms: Option<u64>,
    #[serde(alias = "knowledge-base")]
    pub knowledge_base: Option<KnowledgeBaseSetting>,
    pub languages: Option<Vec<String>>,
    #[serde(alias = "inlay-hints")]
    pub inlay_hints: Option<InlayHintsSetting>,
    /// `error`, `warn`, `info`, `debug` or `trace` (the server's log; `ISNAD_LOG`
    /// wins).
    #[serde(alias = "log-level")]
    pub log_level: Option<String>,
}

/// `knowledgeBase`: a list of paths or `{ "paths": [...] }`.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum KnowledgeBaseSetting {
    Paths(Vec<PathBuf>),
    Object {
        #[serde(default)]
        paths: Vec<PathBuf>,
    },
}

#[derive(Debug, Default, Clone, Deserialize)]
pub struct InlayHintsSetting {
    pub enable: Option<bool>,
    pub sources: Option<bool>,
    pub figures: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl Config {
    /// Parse `isnad.toml` text. Paths in it are relative to `base`.
    pub fn from_toml(text: &str, base: &std::path::Path) -> Result<Config, ConfigError> {
        let mut config = Config::default();
        config.apply_toml(text, base)?;
        Ok(config)
    }

    /// Lay `isnad.toml` text over this configuration: keys it sets win, the others
    /// stay. On an error nothing changes.
    pub fn apply_toml(&mut self, text: &str, base: &std::path::Path) -> Result<(), ConfigError> {
        let file: ConfigFile = toml::from_str(text).map_err(|e| ConfigError {
            message: e.to_string(),
        })?;
        let mut config = self.clone();
        config.apply_severity_map(&file.severity, "[severity]")?;
        if let Some(size) = file.max_file_size {
            config.max_file_size = size;
        }
        if let Some(share) = file.min_arabic_share {
            config.min_arabic_share = check_share(share)?;
        }
        if let Some(ms) = file.debounce_ms {
            config.debounce_ms = ms;
        }
        if let Some(languages) = file.languages {
            config.languages = languages;
        }
        if let Some(hints) = file.inlay_hints {
            config
                .inlay_hints
                .apply(hints.enable, hints.sources, hints.figures);
        }
        if !file.spelling.is_empty() {
            config.spelling = HouseSpellings::from_table(&file.spelling)
                .map_err(|message| ConfigError { message })?;
        }
        if !file.knowledge_base.is_empty() {
            config.kb_paths = file.knowledge_base.iter().map(|p| base.join(p)).collect();
        }
        *self = config;
        Ok(())
    }

    /// Lay the client's settings over this configuration. Every valid key is applied;
    /// the invalid ones are reported together.
    pub fn apply_settings(
        &mut self,
        settings: &Settings,
        base: &std::path::Path,
    ) -> Result<(), ConfigError> {
        let mut errors = Vec::new();
        for (code, level) in &settings.severity {
            let mut one = BTreeMap::new();
            one.insert(code.clone(), level.clone());
            if let Err(e) = self.apply_severity_map(&one, "severity") {
                errors.push(e.message);
            }
        }
        if let Some(size) = settings.max_file_size {
            self.max_file_size = size;
        }
        if let Some(share) = settings.min_arabic_share {
            match check_share(share) {
                Ok(share) => self.min_arabic_share = share,
                Err(e) => errors.push(e.message),
            }
        }
        if let Some(ms) = settings.debounce_ms {
            self.debounce_ms = ms;
        }
        if let Some(languages) = &settings.languages {
            self.languages = languages.clone();
        }
        if let Some(hints) = &settings.inlay_hints {
            self.inlay_hints
                .apply(hints.enable, hints.sources, hints.figures);
        }
        if let Some(kb) = &settings.knowledge_base {
            let paths = match kb {
                KnowledgeBaseSetting::Paths(p) | KnowledgeBaseSetting::Object { paths: p } => p,
            };
            if !paths.is_empty() {
                self.kb_paths = paths.iter().map(|p| base.join(p)).collect();
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ConfigError {
                message: errors.join("; "),
            })
        }
    }

    fn apply_severity_map(
        &mut self,
        map: &BTreeMap<String, String>,
        section: &str,
    ) -> Result<(), ConfigError> {
        for (code, level) in map {
            let code = Code::parse(code).ok_or_else(|| ConfigError {
                message: format!(
                    "unknown code `{code}` in {section}; known codes: {}",
                    Code::ALL.map(|c| c.as_str()).join(", ")
                ),
            })?;
            let level = Level::parse(level).ok_or_else(|| ConfigError {
                message: format!(
                    "unknown severity `{level}` for `{code}`; use error, warning, information, hint or off"
                ),
            })?;
            self.levels.insert(code, level);
        }
        Ok(())
    }

    /// Whether a document in this language is analysed.
    pub fn analyses_language(&self, language_id: &str) -> bool {
        self.languages.is_empty() || self.languages.iter().any(|l| l == language_id)
    }

    pub fn level(&self, code: Code) -> Level {
        self.levels
            .get(&code)
            .copied()
            .unwrap_or(Level::On(code.default_severity()))
    }

    /// Set each diagnostic's severity from the configuration; drop codes turned off.
    pub fn apply_severities(&self, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        diagnostics
            .into_iter()
            .filter_map(|mut d| match self.level(d.code) {
                Level::Off => None,
                Level::On(severity) => {
                    d.severity = severity;
                    Some(d)
                }
            })
            .collect()
    }
}

impl InlayHints {
    fn apply(&mut self, enable: Option<bool>, sources: Option<bool>, figures: Option<bool>) {
        if let Some(on) = enable {
            self.sources = on;
            self.figures = on;
        }
        if let Some(on) = sources {
            self.sources = on;
        }
        if let Some(on) = figures {
            self.figures = on;
        }
    }
}

fn check_share(share: f64) -> Result<f64, ConfigError> {
    if (0.0..=1.0).contains(&share) {
        Ok(share)
    } else {
        Err(ConfigError {
            message: format!("min-arabic-share must be between 0 and 1, not {share}"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_severities_and_limits() {
        let config = Config::from_toml(
            "max-file-size = 100\n[severity]\nloaded-verb = \"off\"\nvague-source = \"warning\"\n",
            std::path::Path::new("/w"),
        )
        .unwrap();
        assert_eq!(config.max_file_size, 100);
        assert_eq!(config.level(Code::LoadedVerb), Level::Off);
        assert_eq!(
            config.level(Code::VagueSource),
            Level::On(Severity::Warning)
        );
        assert_eq!(
            config.level(Code::UnsourcedClaim),
            Level::On(Severity::Warning)
        );
    }

    #[test]
    fn unknown_codes_and_keys_are_errors_that_name_them() {
        let err = Config::from_toml("[severity]\nnope = \"off\"\n", std::path::Path::new("/"))
            .unwrap_err();
        assert!(err.message.contains("nope"), "{err}");
        let err = Config::from_toml("bogus = 1\n", std::path::Path::new("/")).unwrap_err();
        assert!(err.message.contains("bogus"), "{err}");
    }

    #[test]
    fn client_settings_in_the_editors_shape() {
        let settings: Settings = serde_json::from_value(serde_json::json!({
            "severity": {"loaded-verb": "off", "unsourced-claim": "error"},
            "debounceMs": 10,
            "knowledgeBase": {"paths": ["kb.json"]},
            "minArabicShare": 0.5,
            "inlayHints": {"enable": false},
            "server": {"path": "/x"}
        }))
        .unwrap();
        let mut config = Config::default();
        config
            .apply_settings(&settings, std::path::Path::new("/w"))
            .unwrap();
        assert_eq!(config.level(Code::LoadedVerb), Level::Off);
        assert_eq!(
            config.level(Code::UnsourcedClaim),
            Level::On(Severity::Error)
        );
        assert_eq!(config.debounce_ms, 10);
        assert_eq!(config.kb_paths, vec![PathBuf::from("/w/kb.json")]);
        assert!(!config.inlay_hints.sources && !config.inlay_hints.figures);
    }

    #[test]
    fn bad_settings_keep_the_good_ones() {
        let settings: Settings = serde_json::from_value(serde_json::json!({
            "severity": {"nope": "off", "loaded-verb": "hint"},
            "minArabicShare": 3.0,
            "debounceMs": 7
        }))
        .unwrap();
        let mut config = Config::default();
        let err = config
            .apply_settings(&settings, std::path::Path::new("/"))
            .unwrap_err();
        assert!(
            err.message.contains("nope") && err.message.contains("min-arabic-share"),
            "{err}"
        );
        assert_eq!(config.level(Code::LoadedVerb), Level::On(Severity::Hint));
        assert_eq!(config.debounce_ms, 7);
    }

    #[test]
    fn spelling_codes_have_levels_and_house_spellings_are_read() {
        let config = Config::from_toml(
            "[severity]\nforeign-letter = \"error\"\ninconsistent-spelling = \"off\"\n[spelling]\n\"بيونج يانج\" = \"بيونغ يانغ\"\n",
            std::path::Path::new("/"),
        )
        .unwrap();
        assert_eq!(
            config.level(Code::ForeignLetter),
            Level::On(Severity::Error)
        );
        assert_eq!(config.level(Code::InconsistentSpelling), Level::Off);
        assert!(!config.spelling.is_empty());
        assert_eq!(
            Config::default().level(Code::InconsistentSpelling),
            Level::On(Severity::Information)
        );
        let err = Config::from_toml(
            "[spelling]\n\"بيونج يانج\" = \"كوريا\"\n",
            std::path::Path::new("/"),
        )
        .unwrap_err();
        assert!(err.message.contains("بيونج يانج"), "{err}");
    }

    #[test]
    fn the_toml_file_lays_over_client_settings() {
        let mut config = Config {
            debounce_ms: 5,
            ..Config::default()
        };
        config
            .apply_toml(
                "languages = [\"markdown\"]\n[inlay-hints]\nfigures = false\n",
                std::path::Path::new("/"),
            )
            .unwrap();
        assert_eq!(config.debounce_ms, 5);
        assert!(config.analyses_language("markdown") && !config.analyses_language("plaintext"));
        assert!(config.inlay_hints.sources && !config.inlay_hints.figures);
    }
}
