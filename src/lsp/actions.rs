//! Quick fixes and the server's commands. Every fix runs server-side (a workspace
//! edit, or a command the server executes), so it works in every editor.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use tower_lsp_server::ls_types::{self as lsp, Uri};

use super::convert;
use super::settings::{KB_DIR, KB_FILES};
use super::state::Snapshot;
use crate::analysis::Code;
use crate::kb::EntityType;
use crate::positions::Encoding;

pub const LIST_ENTITIES: &str = "isnad.listEntities";
pub const SILENCE: &str = "isnad.silenceCode";
pub const ADD_ENTITY: &str = "isnad.addEntity";
pub const COMMANDS: [&str; 3] = [LIST_ENTITIES, SILENCE, ADD_ENTITY];

/// The citation-needed marker inserted after an unsourced claim.
pub const CITATION_NEEDED: &str = "[بحاجة إلى مصدر]";

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start <= b.end && b.start <= a.end
}

fn edit(uri: &Uri, range: lsp::Range, new_text: String) -> lsp::WorkspaceEdit {
    let mut changes = HashMap::new();
    changes.insert(uri.clone(), vec![lsp::TextEdit { range, new_text }]);
    lsp::WorkspaceEdit {
        changes: Some(changes),
        document_changes: None,
        change_annotations: None,
    }
}

fn action(title: String, diagnostics: Option<Vec<lsp::Diagnostic>>) -> lsp::CodeAction {
    lsp::CodeAction {
        title,
        kind: Some(lsp::CodeActionKind::QUICKFIX),
        diagnostics,
        edit: None,
        command: None,
        is_preferred: None,
        disabled: None,
        data: None,
    }
}

/// The byte range of the sentence a claim at `at` belongs to.
fn sentence_of(snapshot: &Snapshot, at: &Range<usize>) -> Option<Range<usize>> {
    if let Some(c) = snapshot.analysis.claims.iter().find(|c| {
        overlaps(&c.trigger, at) || (c.sentence.start <= at.start && at.end <= c.sentence.end)
    }) {
        return Some(c.sentence.clone());
    }
    let seg = crate::text::sentences::segment(&snapshot.text);
    let i = seg.sentence_at(at.start)?;
    seg.sentences.get(i).map(|s| s.range.clone())
}

pub fn code_actions(
    snapshot: &Snapshot,
    uri: &Uri,
    range: lsp::Range,
    encoding: Encoding,
) -> Vec<lsp::CodeActionOrCommand> {
    let start = snapshot.offset(range.start, encoding);
    let end = snapshot.offset(range.end, encoding).max(start);
    let wanted = start..end;
    let mut out = Vec::new();
    let mut silence_offered = BTreeSet::new();
    for d in snapshot
        .analysis
        .diagnostics
        .iter()
        .filter(|d| overlaps(&d.range, &wanted))
    {
        let lsp_diag = convert::diagnostic(snapshot, uri, d, encoding);
        for (i, fix) in d.fixes.iter().enumerate() {
            let mut a = action(fix.title.clone(), Some(vec![lsp_diag.clone()]));
            a.edit = Some(edit(
                uri,
                snapshot.range(&fix.range, encoding),
                fix.replacement.clone(),
            ));
            a.is_preferred = Some(i == 0);
            out.push(lsp::CodeActionOrCommand::CodeAction(a));
        }
        if d.code == Code::UnsourcedClaim {
            if let Some(sentence) = sentence_of(snapshot, &d.range) {
                let after = snapshot.text.get(sentence.end..).unwrap_or("");
                if !after.trim_start().starts_with(CITATION_NEEDED) {
                    let at = snapshot.range(&(sentence.end..sentence.end), encoding);
                    let mut a = action(
                        // The Arabic half ends on a letter: a closing bracket or
                        // guillemet at its end is drawn on the wrong side in RTL.
                        "أضف علامة بحاجة إلى مصدر بعد الجملة — mark as needing a source".to_string(),
                        Some(vec![lsp_diag.clone()]),
                    );
                    a.edit = Some(edit(uri, at, format!(" {CITATION_NEEDED}")));
                    out.push(lsp::CodeActionOrCommand::CodeAction(a));
                }
            }
        }
        if silence_offered.insert(d.code) {
            let mut a = action(
                // No Latin code inside the Arabic half: it splits the phrase.
                format!(
                    "إسكات هذا التنبيه في هذا المستند — silence {} in this document",
                    d.code
                ),
                Some(vec![lsp_diag.clone()]),
            );
            a.command = Some(lsp::Command {
                title: format!("silence {}", d.code),
                command: SILENCE.to_string(),
                arguments: Some(vec![json!(uri.as_str()), json!(d.code.as_str())]),
            });
            out.push(lsp::CodeActionOrCommand::CodeAction(a));
        }
    }
    // A person found in the text (by a title) whom the knowledge base does not know.
    let mut offered = BTreeSet::new();
    for m in snapshot
        .analysis
        .entities
        .iter()
        .filter(|m| overlaps(&m.range, &wanted))
    {
        let unknown = m.id.as_deref().is_none_or(|id| id.starts_with("doc:"));
        if m.kind != EntityType::Person || !unknown {
            continue;
        }
        let name = super::features::entity_name(snapshot, m);
        if name.trim().is_empty() || !offered.insert(name.clone()) {
            continue;
        }
        let mut a = action(
            format!("أضف «{name}» إلى قاعدة المعرفة — add to .isnad/entities.json"),
            None,
        );
        let mut entry = json!({"name": name, "type": "person"});
        if let Some(role) = m.discovered.as_ref().and_then(|d| d.role.as_ref()) {
            entry["role"] = json!(role);
        }
        a.command = Some(lsp::Command {
            title: "add to the knowledge base".to_string(),
            command: ADD_ENTITY.to_string(),
            arguments: Some(vec![json!(uri.as_str()), entry]),
        });
        out.push(lsp::CodeActionOrCommand::CodeAction(a));
    }
    out
}

/// A stable, lowercase ASCII id for a user entry: `user-` and a hash of the name.
pub fn user_id(name: &str) -> String {
    // FNV-1a: stable across runs and platforms.
    let mut h: u64 = 0xcbf29ce484222325;
    for b in crate::text::normalize(name).bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("user-{:012x}", h & 0xffff_ffff_ffff)
}

/// Add a person to the workspace's `.isnad/entities.json` (created if needed).
/// Returns the file written, or a message for the user.
pub fn add_entity(
    root: &Path,
    name: &str,
    kind: &str,
    role: Option<&str>,
) -> Result<PathBuf, String> {
    let dir = root.join(KB_DIR);
    let path = dir.join(KB_FILES[0]);
    let mut file: Value = if path.is_file() {
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?
    } else {
        json!({"entities": []})
    };
    let Some(entities) = file.get_mut("entities").and_then(Value::as_array_mut) else {
        return Err(format!(
            "{}: no top-level \"entities\" array",
            path.display()
        ));
    };
    let id = user_id(name);
    let known = entities.iter().any(|e| {
        e.get("id").and_then(Value::as_str) == Some(&id)
            || e.get("ar").and_then(Value::as_str) == Some(name)
    });
    if !known {
        let mut entry = json!({
            "id": id,
            "type": kind,
            "ar": name,
            "source": "user",
        });
        if let Some(role) = role.filter(|r| !r.trim().is_empty()) {
            entry["roles"] = json!([{"title_ar": role}]);
        }
        entities.push(entry);
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let text = serde_json::to_string_pretty(&file).map_err(|e| e.to_string())? + "\n";
    std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// The argument at `i` as a string.
pub fn arg_str(args: &[Value], i: usize) -> Option<&str> {
    args.get(i).and_then(Value::as_str)
}

pub fn parse_code(args: &[Value], i: usize) -> Option<Code> {
    arg_str(args, i).and_then(Code::parse)
}

pub fn parse_uri(args: &[Value], i: usize) -> Option<Uri> {
    let s = match args.get(i)? {
        Value::String(s) => s.as_str(),
        Value::Object(o) => o.get("uri").and_then(Value::as_str)?,
        _ => return None,
    };
    s.parse().ok()
}
