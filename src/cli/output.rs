//! The three output formats of `isnad check`. Only this module knows them.
//!
//! JSON is a contract (version 1): byte ranges in UTF-8 bytes of the file (a
//! byte-order mark counted), `range` with 0-based lines and UTF-16 characters as
//! in LSP. Text lines are `path:line:col: severity[code]: message`, 1-based, columns
//! in characters.

use std::io::{self, Write};
use std::ops::Range;

use serde_json::{json, Value};

use super::CheckedFile;
use crate::analysis::{Code, Severity};
use crate::positions::Encoding;

pub fn write_text(out: &mut impl Write, files: &[CheckedFile]) -> io::Result<()> {
    for file in files {
        for d in &file.analysis.diagnostics {
            let pos = file
                .lines
                .position(&file.text, d.range.start, Encoding::Utf32);
            writeln!(
                out,
                "{}:{}:{}: {}[{}]: {}",
                file.path,
                pos.line + 1,
                pos.character + 1,
                d.severity.as_str(),
                d.code,
                d.message
            )?;
        }
    }
    Ok(())
}

/// One line for stderr: how much was found where.
pub fn summary(files: &[CheckedFile], elapsed: std::time::Duration) -> String {
    let mut counts = [0usize; 4];
    for d in files.iter().flat_map(|f| &f.analysis.diagnostics) {
        counts[d.severity as usize] += 1;
    }
    let [hints, infos, warnings, errors] = counts;
    let noun = if files.len() == 1 { "file" } else { "files" };
    let seconds = elapsed.as_secs_f64();
    let rate = if seconds > 0.0 {
        files.len() as f64 / seconds
    } else {
        0.0
    };
    format!(
        "isnad: {errors} errors, {warnings} warnings, {infos} information, {hints} hints in {} {noun} ({seconds:.2} s, {rate:.0} articles/s)",
        files.len()
    )
}

fn lsp_range(file: &CheckedFile, range: &Range<usize>) -> Value {
    let start = file
        .lines
        .position(&file.text, range.start, Encoding::Utf16);
    let end = file.lines.position(&file.text, range.end, Encoding::Utf16);
    json!({
        "start": {"line": start.line, "character": start.character},
        "end": {"line": end.line, "character": end.character},
    })
}

fn byte_range(file: &CheckedFile, range: &Range<usize>) -> Value {
    json!([range.start + file.bom, range.end + file.bom])
}

pub fn json_value(files: &[CheckedFile]) -> Value {
    let files: Vec<Value> = files
        .iter()
        .map(|file| {
            let diagnostics: Vec<Value> = file
                .analysis
                .diagnostics
                .iter()
                .map(|d| {
                    json!({
                        "code": d.code.as_str(),
                        "severity": d.severity.as_str(),
                        "message": d.message,
                        "byte_range": byte_range(file, &d.range),
                        "range": lsp_range(file, &d.range),
                        "related": d.related.iter().map(|r| json!({
                            "message": r.message,
                            "byte_range": byte_range(file, &r.range),
                            "range": lsp_range(file, &r.range),
                        })).collect::<Vec<_>>(),
                        "fixes": d.fixes.iter().map(|f| json!({
                            "title": f.title,
                            "byte_range": byte_range(file, &f.range),
                            "replacement": f.replacement,
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            let entities: Vec<Value> = file
                .analysis
                .entities
                .iter()
                .map(|m| {
                    json!({
                        "text": file.text.get(m.range.clone()).unwrap_or_default(),
                        "type": m.kind.as_str(),
                        "id": m.id,
                        "byte_range": byte_range(file, &m.range),
                        "range": lsp_range(file, &m.range),
                    })
                })
                .collect();
            json!({"path": file.path, "diagnostics": diagnostics, "entities": entities})
        })
        .collect();
    json!({"version": 1, "files": files})
}

pub fn write_json(out: &mut impl Write, files: &[CheckedFile]) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &json_value(files))?;
    writeln!(out)
}

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Information => "note",
        Severity::Hint => "none",
    }
}

/// Path as a SARIF artifact URI: relative paths stay relative (GitHub resolves them
/// against the checkout), stdin becomes `stdin`.
fn artifact_uri(path: &str) -> String {
    if path == "-" {
        return "stdin".to_string();
    }
    let path = path.strip_prefix("./").unwrap_or(path);
    path.chars()
        .map(|c| match c {
            ' ' => "%20".to_string(),
            '\\' => "/".to_string(),
            c => c.to_string(),
        })
        .collect()
}

pub fn sarif_value(files: &[CheckedFile]) -> Value {
    let rules: Vec<Value> = Code::ALL
        .iter()
        .map(|code| {
            json!({
                "id": code.as_str(),
                "name": code.as_str(),
                "shortDescription": {"text": code.summary()},
                "defaultConfiguration": {"level": sarif_level(code.default_severity())},
                "helpUri": "https://github.com/isnad/isnad#diagnostic-codes",
            })
        })
        .collect();
    let mut results = Vec::new();
    for file in files {
        for d in &file.analysis.diagnostics {
            let start = file
                .lines
                .position(&file.text, d.range.start, Encoding::Utf16);
            let end = file
                .lines
                .position(&file.text, d.range.end, Encoding::Utf16);
            let rule_index = Code::ALL.iter().position(|c| *c == d.code).unwrap_or(0);
            results.push(json!({
                "ruleId": d.code.as_str(),
                "ruleIndex": rule_index,
                "level": sarif_level(d.severity),
                "message": {"text": d.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": artifact_uri(&file.path)},
                        "region": {
                            "startLine": start.line + 1,
                            "startColumn": start.character + 1,
                            "endLine": end.line + 1,
                            "endColumn": end.character + 1,
                            "byteOffset": d.range.start + file.bom,
                            "byteLength": d.range.len(),
                        }
                    }
                }],
            }));
        }
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "isnad",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/isnad/isnad",
                "rules": rules,
            }},
            "columnKind": "utf16CodeUnits",
            "results": results,
        }]
    })
}

pub fn write_sarif(out: &mut impl Write, files: &[CheckedFile]) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &sarif_value(files))?;
    writeln!(out)
}
