//! Analysis results in LSP's wire types. Positions are converted here and only here
//! (through [`crate::positions`]).

use tower_lsp_server::ls_types::{self as lsp, Uri};

use super::state::Snapshot;
use crate::analysis::{Diagnostic, Severity};
use crate::kb::EntityType;
use crate::positions::Encoding;

pub const SOURCE: &str = "isnad";

pub fn severity(severity: Severity) -> lsp::DiagnosticSeverity {
    match severity {
        Severity::Error => lsp::DiagnosticSeverity::ERROR,
        Severity::Warning => lsp::DiagnosticSeverity::WARNING,
        Severity::Information => lsp::DiagnosticSeverity::INFORMATION,
        Severity::Hint => lsp::DiagnosticSeverity::HINT,
    }
}

pub fn diagnostic(
    snapshot: &Snapshot,
    uri: &Uri,
    d: &Diagnostic,
    encoding: Encoding,
) -> lsp::Diagnostic {
    let related = if d.related.is_empty() {
        None
    } else {
        Some(
            d.related
                .iter()
                .map(|r| lsp::DiagnosticRelatedInformation {
                    location: lsp::Location::new(uri.clone(), snapshot.range(&r.range, encoding)),
                    message: r.message.clone(),
                })
                .collect(),
        )
    };
    lsp::Diagnostic {
        range: snapshot.range(&d.range, encoding),
        severity: Some(severity(d.severity)),
        code: Some(lsp::NumberOrString::String(d.code.as_str().to_string())),
        code_description: None,
        source: Some(SOURCE.to_string()),
        message: d.message.clone(),
        related_information: related,
        tags: None,
        data: None,
    }
}

pub fn diagnostics(snapshot: &Snapshot, uri: &Uri, encoding: Encoding) -> Vec<lsp::Diagnostic> {
    snapshot
        .analysis
        .diagnostics
        .iter()
        .map(|d| diagnostic(snapshot, uri, d, encoding))
        .collect()
}

pub fn symbol_kind(kind: EntityType) -> lsp::SymbolKind {
    match kind {
        EntityType::Person => lsp::SymbolKind::CLASS,
        EntityType::Organization => lsp::SymbolKind::NAMESPACE,
        EntityType::Location => lsp::SymbolKind::ENUM_MEMBER,
    }
}

/// The heading of an entity group in the outline.
pub fn group_name(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "أشخاص — people",
        EntityType::Organization => "منظمات — organisations",
        EntityType::Location => "أماكن — places",
    }
}

pub fn encoding_kind(encoding: Encoding) -> lsp::PositionEncodingKind {
    match encoding {
        Encoding::Utf8 => lsp::PositionEncodingKind::UTF8,
        Encoding::Utf16 => lsp::PositionEncodingKind::UTF16,
        Encoding::Utf32 => lsp::PositionEncodingKind::UTF32,
    }
}

/// The encoding to use given the client's list: UTF-16 whenever offered (every
/// client and plugin understands it, and the editors' own column helpers assume
/// it), else UTF-8, else UTF-32; UTF-16 when the client says nothing.
pub fn negotiate(offered: Option<&[lsp::PositionEncodingKind]>) -> Encoding {
    let Some(offered) = offered.filter(|o| !o.is_empty()) else {
        return Encoding::Utf16;
    };
    let has = |k: &lsp::PositionEncodingKind| offered.iter().any(|o| o == k);
    if has(&lsp::PositionEncodingKind::UTF16) {
        Encoding::Utf16
    } else if has(&lsp::PositionEncodingKind::UTF8) {
        Encoding::Utf8
    } else if has(&lsp::PositionEncodingKind::UTF32) {
        Encoding::Utf32
    } else {
        Encoding::Utf16
    }
}
