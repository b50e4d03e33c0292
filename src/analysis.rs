//! The analysis API: text in, plain data with byte offsets out.
//!
//! This is the contract between the core (text, entities, claims) and the shells
//! (cli, lsp). It knows nothing of LSP, JSON-RPC or files.

use std::ops::Range;

use serde::Serialize;

use crate::claims::{Claim, Figure};
use crate::config::Config;
use crate::entities::{EntityMention, Recognizer};
use crate::kb::KnowledgeBase;

/// A stable diagnostic code (see `../shared/design/claims.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    UnsourcedClaim,
    VagueSource,
    UnattributedQuote,
    LoadedVerb,
    InconsistentSpelling,
    ForeignLetter,
}

impl Code {
    pub const ALL: [Code; 6] = [
        Code::UnsourcedClaim,
        Code::VagueSource,
        Code::UnattributedQuote,
        Code::LoadedVerb,
        Code::InconsistentSpelling,
        Code::ForeignLetter,
    ];

    /// The claims engine's codes (`../shared/design/claims.md`); the others are the
    /// spelling checks (`crate::spelling`).
    pub const CLAIMS: [Code; 4] = [
        Code::UnsourcedClaim,
        Code::VagueSource,
        Code::UnattributedQuote,
        Code::LoadedVerb,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::UnsourcedClaim => "unsourced-claim",
            Code::VagueSource => "vague-source",
            Code::UnattributedQuote => "unattributed-quote",
            Code::LoadedVerb => "loaded-verb",
            Code::InconsistentSpelling => "inconsistent-spelling",
            Code::ForeignLetter => "foreign-letter",
        }
    }

    pub fn parse(s: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.as_str() == s)
    }

    pub fn default_severity(self) -> Severity {
        match self {
            Code::UnsourcedClaim | Code::UnattributedQuote | Code::ForeignLetter => {
                Severity::Warning
            }
            Code::VagueSource | Code::LoadedVerb | Code::InconsistentSpelling => {
                Severity::Information
            }
        }
    }

    /// A one-line description for rule listings (SARIF, README).
    pub fn summary(self) -> &'static str {
        match self {
            Code::UnsourcedClaim => "A claim with no source in its sentence or context",
            Code::VagueSource => "The only source named cannot be identified",
            Code::UnattributedQuote => "A quoted statement with no speaker",
            Code::LoadedVerb => "A loaded attribution verb (زعم، ادّعى) where a neutral one serves",
            Code::InconsistentSpelling => {
                "One entity spelled more than one way in the article (بيونج يانج / بيونغ يانغ)"
            }
            Code::ForeignLetter => {
                "A Persian or Urdu letter, or a presentation form, that looks like an Arabic letter"
            }
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Hint,
    Information,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Information => "information",
            Severity::Hint => "hint",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "information" | "info" => Some(Severity::Information),
            "hint" => Some(Severity::Hint),
            _ => None,
        }
    }
}

/// A place in the text that explains a diagnostic (a candidate source, an earlier
/// mention).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Related {
    pub range: Range<usize>,
    pub message: String,
}

/// A text replacement offered as a quick fix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub title: String,
    pub range: Range<usize>,
    pub replacement: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    /// Byte range of the trigger in the analysed text.
    pub range: Range<usize>,
    /// One line of Arabic with an English gloss.
    pub message: String,
    pub related: Vec<Related>,
    pub fixes: Vec<Fix>,
}

/// Everything isnad found in one text.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub entities: Vec<EntityMention>,
    pub claims: Vec<Claim>,
    pub figures: Vec<Figure>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The reusable part of analysis: the knowledge base compiled into a recogniser,
/// the lexicons and the configuration. Build once, analyse many texts.
pub struct Analyzer {
    pub config: Config,
    pub kb: KnowledgeBase,
    pub recognizer: Recognizer,
    pub lexicon: crate::claims::Lexicon,
}

impl Analyzer {
    /// The embedded knowledge base and lexicons with the default configuration.
    pub fn embedded() -> Analyzer {
        Analyzer::with_config(Config::default())
    }

    pub fn with_config(config: Config) -> Analyzer {
        let kb = KnowledgeBase::embedded();
        Analyzer::with_parts(config, kb)
    }

    /// The embedded base merged with the configuration's knowledge-base files and
    /// any `extra` files (the workspace's `.isnad/entities.*`). A file that cannot
    /// be read is reported and left out; the rest keeps working.
    pub fn with_user_files(
        config: Config,
        extra: &[std::path::PathBuf],
    ) -> (Analyzer, Vec<crate::kb::KbError>) {
        let mut kb = KnowledgeBase::embedded();
        let mut errors = Vec::new();
        for path in config.kb_paths.iter().chain(extra) {
            match KnowledgeBase::load_file(path) {
                Ok(entities) => kb.merge(entities),
                Err(e) => errors.push(e),
            }
        }
        (Analyzer::with_parts(config, kb), errors)
    }

    pub fn with_parts(config: Config, kb: KnowledgeBase) -> Analyzer {
        let recognizer = Recognizer::new(&kb);
        let lexicon = crate::claims::Lexicon::embedded();
        Analyzer {
            config,
            kb,
            recognizer,
            lexicon,
        }
    }

    /// Analyse one text. Never panics on any input.
    pub fn analyze(&self, text: &str) -> Analysis {
        if crate::text::arabic_share(text) < self.config.min_arabic_share {
            return Analysis::default();
        }
        let doc = crate::text::Document::new(text);
        let entities = self.recognizer.recognize(&doc, &self.kb);
        let crate::claims::Output {
            claims,
            figures,
            diagnostics,
            ..
        } = crate::claims::analyze(&doc, &entities, &self.lexicon);
        let spelling = crate::spelling::check(text, &entities, &self.config.spelling);
        let diagnostics = self
            .config
            .apply_severities(merge_in_text_order(diagnostics, spelling));
        Analysis {
            entities,
            claims,
            figures,
            diagnostics,
        }
    }
}

/// The claims' diagnostics in their order, with `more` (in text order) put among
/// them by start.
fn merge_in_text_order(claims: Vec<Diagnostic>, more: Vec<Diagnostic>) -> Vec<Diagnostic> {
    if more.is_empty() {
        return claims;
    }
    let mut out = Vec::with_capacity(claims.len() + more.len());
    let mut more = more.into_iter().peekable();
    for d in claims {
        while let Some(m) = more.next_if(|m| m.range.start < d.range.start) {
            out.push(m);
        }
        out.push(d);
    }
    out.extend(more);
    out
}

/// Hover content for a place in the text: Markdown built by the core; the language
/// server only sends it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hover {
    pub range: Range<usize>,
    pub markdown: String,
}

impl Analysis {
    /// What to show when the pointer rests at byte `offset`: an entity, else a
    /// figure, else a flagged claim.
    pub fn hover(&self, analyzer: &Analyzer, text: &str, offset: usize) -> Option<Hover> {
        let inside = |r: &Range<usize>| r.start <= offset && offset < r.end.max(r.start + 1);
        if let Some(i) = self.entities.iter().position(|m| inside(&m.range)) {
            return Some(Hover {
                range: self.entities[i].range.clone(),
                markdown: crate::entities::hover::entity_markdown(self, analyzer, text, i),
            });
        }
        if let Some(i) = self.figures.iter().position(|f| inside(&f.range)) {
            return Some(Hover {
                range: self.figures[i].range.clone(),
                markdown: crate::claims::hover::figure_markdown(self, text, i),
            });
        }
        let i = self.claims.iter().position(|c| inside(&c.trigger))?;
        Some(Hover {
            range: self.claims[i].trigger.clone(),
            markdown: crate::claims::hover::claim_markdown(self, text, i),
        })
    }
}
