//! Configuration: severities per code, limits, extra knowledge-base files.
//! Read from `isnad.toml` (CLI `--config`, the workspace root) and, in the
//! language server, from the client's settings.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;

use crate::analysis::{Code, Diagnostic, Severity};

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
}

impl Default for Config {
    fn default() -> Config {
        Config {
            levels: BTreeMap::new(),
            max_file_size: 10 * 1024 * 1024,
            min_arabic_share: 0.3,
            kb_paths: Vec::new(),
            debounce_ms: 50,
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
        let file: ConfigFile = toml::from_str(text).map_err(|e| ConfigError {
            message: e.to_string(),
        })?;
        let mut config = Config::default();
        for (code, level) in &file.severity {
            let code = Code::parse(code).ok_or_else(|| ConfigError {
                message: format!(
                    "unknown code `{code}` in [severity]; known codes: {}",
                    Code::ALL.map(|c| c.as_str()).join(", ")
                ),
            })?;
            let level = Level::parse(level).ok_or_else(|| ConfigError {
                message: format!(
                    "unknown severity `{level}` for `{code}`; use error, warning, information, hint or off"
                ),
            })?;
            config.levels.insert(code, level);
        }
        if let Some(size) = file.max_file_size {
            config.max_file_size = size;
        }
        if let Some(share) = file.min_arabic_share {
            if !(0.0..=1.0).contains(&share) {
                return Err(ConfigError {
                    message: format!("min-arabic-share must be between 0 and 1, not {share}"),
                });
            }
            config.min_arabic_share = share;
        }
        if let Some(ms) = file.debounce_ms {
            config.debounce_ms = ms;
        }
        config.kb_paths = file.knowledge_base.iter().map(|p| base.join(p)).collect();
        Ok(config)
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
        assert_eq!(config.level(Code::VagueSource), Level::On(Severity::Warning));
        assert_eq!(config.level(Code::UnsourcedClaim), Level::On(Severity::Warning));
    }

    #[test]
    fn unknown_codes_and_keys_are_errors_that_name_them() {
        let err = Config::from_toml("[severity]\nnope = \"off\"\n", std::path::Path::new("/")).unwrap_err();
        assert!(err.message.contains("nope"), "{err}");
        let err = Config::from_toml("bogus = 1\n", std::path::Path::new("/")).unwrap_err();
        assert!(err.message.contains("bogus"), "{err}");
    }
}
