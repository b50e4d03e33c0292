//! Requests answered from one analysed snapshot: hover, the outline, references,
//! highlights, workspace symbols and `isnad.listEntities`.

use std::collections::BTreeMap;

use serde::Serialize;
use tower_lsp_server::ls_types::{self as lsp, Uri};

use super::convert;
use super::state::Snapshot;
use crate::entities::EntityMention;
use crate::kb::EntityType;
use crate::positions::Encoding;

/// What makes two mentions the same entity: the knowledge-base (or document) id,
/// else the normalised spelling.
pub fn entity_key(snapshot: &Snapshot, mention: &EntityMention) -> String {
    match &mention.id {
        Some(id) => id.clone(),
        None => format!(
            "text:{}",
            crate::text::normalize(snapshot.text.get(mention.range.clone()).unwrap_or(""))
        ),
    }
}

/// The canonical name of a mention's entity: the knowledge base's, else the
/// fullest name the article uses for a person it introduced, else the text's.
pub fn entity_name(snapshot: &Snapshot, mention: &EntityMention) -> String {
    if let Some(id) = &mention.id {
        if let Some(e) = snapshot.analyzer.kb.get(id) {
            return e.ar.clone();
        }
    }
    if let Some(d) = &mention.discovered {
        if !d.name.trim().is_empty() {
            return d.name.clone();
        }
    }
    snapshot
        .text
        .get(mention.range.clone())
        .unwrap_or("")
        .to_string()
}

pub fn hover(
    snapshot: &Snapshot,
    position: lsp::Position,
    encoding: Encoding,
) -> Option<lsp::Hover> {
    let offset = snapshot.offset(position, encoding);
    let hover = snapshot
        .analysis
        .hover(&snapshot.analyzer, &snapshot.text, offset)?;
    Some(lsp::Hover {
        contents: lsp::HoverContents::Markup(lsp::MarkupContent {
            kind: lsp::MarkupKind::Markdown,
            value: hover.markdown,
        }),
        range: Some(snapshot.range(&hover.range, encoding)),
    })
}

/// The mention under a position (its end counts, so a cursor right after a name
/// still finds it).
pub fn mention_at(
    snapshot: &Snapshot,
    position: lsp::Position,
    encoding: Encoding,
) -> Option<&EntityMention> {
    let offset = snapshot.offset(position, encoding);
    let m = &snapshot.analysis.entities;
    m.iter()
        .find(|m| m.range.start <= offset && offset < m.range.end)
        .or_else(|| m.iter().find(|m| m.range.end == offset))
}

/// Every mention of the entity under the cursor.
pub fn same_entity(
    snapshot: &Snapshot,
    position: lsp::Position,
    encoding: Encoding,
) -> Vec<&EntityMention> {
    let Some(target) = mention_at(snapshot, position, encoding) else {
        return Vec::new();
    };
    let key = entity_key(snapshot, target);
    snapshot
        .analysis
        .entities
        .iter()
        .filter(|m| entity_key(snapshot, m) == key)
        .collect()
}

pub fn references(
    snapshot: &Snapshot,
    uri: &Uri,
    position: lsp::Position,
    encoding: Encoding,
) -> Vec<lsp::Location> {
    same_entity(snapshot, position, encoding)
        .into_iter()
        .map(|m| lsp::Location::new(uri.clone(), snapshot.range(&m.range, encoding)))
        .collect()
}

pub fn highlights(
    snapshot: &Snapshot,
    position: lsp::Position,
    encoding: Encoding,
) -> Vec<lsp::DocumentHighlight> {
    same_entity(snapshot, position, encoding)
        .into_iter()
        .map(|m| lsp::DocumentHighlight {
            range: snapshot.range(&m.range, encoding),
            kind: Some(lsp::DocumentHighlightKind::TEXT),
        })
        .collect()
}

/// One entity of the document with all its mentions, in order of first mention.
pub struct EntityGroup<'a> {
    pub name: String,
    pub kind: EntityType,
    pub id: Option<String>,
    pub mentions: Vec<&'a EntityMention>,
}

pub fn entity_groups(snapshot: &Snapshot) -> Vec<EntityGroup<'_>> {
    let mut order: Vec<String> = Vec::new();
    let mut groups: BTreeMap<String, EntityGroup<'_>> = BTreeMap::new();
    for m in &snapshot.analysis.entities {
        let key = entity_key(snapshot, m);
        groups
            .entry(key.clone())
            .or_insert_with(|| {
                order.push(key.clone());
                EntityGroup {
                    name: entity_name(snapshot, m),
                    kind: m.kind,
                    id: m.id.clone(),
                    mentions: Vec::new(),
                }
            })
            .mentions
            .push(m);
    }
    order
        .into_iter()
        .filter_map(|k| groups.remove(&k))
        .collect()
}

fn span(ranges: impl IntoIterator<Item = lsp::Range>) -> Option<lsp::Range> {
    ranges
        .into_iter()
        .reduce(|a, b| lsp::Range::new(a.start.min(b.start), a.end.max(b.end)))
}

/// A document symbol (an empty name becomes "?": clients reject empty names).
#[allow(deprecated)]
pub(super) fn symbol(
    name: String,
    detail: Option<String>,
    kind: lsp::SymbolKind,
    range: lsp::Range,
    selection: lsp::Range,
    children: Vec<lsp::DocumentSymbol>,
) -> lsp::DocumentSymbol {
    lsp::DocumentSymbol {
        name: if name.trim().is_empty() {
            "?".to_string()
        } else {
            name
        },
        detail,
        kind,
        tags: None,
        deprecated: None,
        range,
        selection_range: selection,
        children: if children.is_empty() {
            None
        } else {
            Some(children)
        },
    }
}

fn one_line(s: &str, max_chars: usize) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > max_chars {
        let cut: String = s.chars().take(max_chars).collect();
        format!("{cut}…")
    } else {
        s
    }
}

/// The outline: people, organisations and places (each entity once, its mentions
/// counted), then the claims, then the attribution outline (who said what).
pub fn document_symbols(snapshot: &Snapshot, encoding: Encoding) -> Vec<lsp::DocumentSymbol> {
    let mut out = Vec::new();
    let groups = entity_groups(snapshot);
    for kind in [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Location,
    ] {
        let children: Vec<lsp::DocumentSymbol> = groups
            .iter()
            .filter(|g| g.kind == kind)
            .filter_map(|g| {
                let first = snapshot.range(&g.mentions.first()?.range, encoding);
                let all = span(
                    g.mentions
                        .iter()
                        .map(|m| snapshot.range(&m.range, encoding)),
                )?;
                let n = g.mentions.len();
                let detail = match &g.id {
                    Some(id) => format!("{n} × · {id}"),
                    None => format!("{n} ×"),
                };
                Some(symbol(
                    g.name.clone(),
                    Some(detail),
                    convert::symbol_kind(kind),
                    all,
                    first,
                    Vec::new(),
                ))
            })
            .collect();
        if let Some(group) = span(children.iter().map(|c| c.range)) {
            let selection = children[0].selection_range;
            out.push(symbol(
                convert::group_name(kind).to_string(),
                Some(children.len().to_string()),
                lsp::SymbolKind::PACKAGE,
                group,
                selection,
                children,
            ));
        }
    }
    let claims: Vec<lsp::DocumentSymbol> = snapshot
        .analysis
        .claims
        .iter()
        .map(|c| {
            let trigger = snapshot.range(&c.trigger, encoding);
            let sentence = snapshot.range(&c.sentence, encoding);
            let range = span([trigger, sentence]).unwrap_or(trigger);
            let text = snapshot.text.get(c.sentence.clone()).unwrap_or("");
            symbol(
                one_line(text, 60),
                None,
                lsp::SymbolKind::EVENT,
                range,
                trigger,
                Vec::new(),
            )
        })
        .collect();
    if let Some(range) = span(claims.iter().map(|c| c.range)) {
        let selection = claims[0].selection_range;
        out.push(symbol(
            "ادعاءات — claims".to_string(),
            Some(claims.len().to_string()),
            lsp::SymbolKind::PACKAGE,
            range,
            selection,
            claims,
        ));
    }
    out.extend(super::hints::attribution_outline(snapshot, encoding));
    out
}

/// `workspace/symbol`: the entities of every open document whose name contains the
/// query (compared after normalisation, so hamza and diacritics do not matter).
pub fn workspace_symbols(
    snapshots: &[(Uri, std::sync::Arc<Snapshot>)],
    query: &str,
    encoding: Encoding,
) -> Vec<lsp::WorkspaceSymbol> {
    let query = crate::text::normalize(query.trim());
    let mut out = Vec::new();
    for (uri, snapshot) in snapshots {
        for g in entity_groups(snapshot) {
            let spelled = g.mentions.iter().any(|m| {
                crate::text::normalize(snapshot.text.get(m.range.clone()).unwrap_or(""))
                    .contains(&query)
            });
            if !query.is_empty() && !crate::text::normalize(&g.name).contains(&query) && !spelled {
                continue;
            }
            let Some(first) = g.mentions.first() else {
                continue;
            };
            out.push(lsp::WorkspaceSymbol {
                name: g.name.clone(),
                kind: convert::symbol_kind(g.kind),
                tags: None,
                container_name: Some(g.kind.as_str().to_string()),
                location: lsp::OneOf::Left(lsp::Location::new(
                    uri.clone(),
                    snapshot.range(&first.range, encoding),
                )),
                data: None,
            });
        }
    }
    out
}

/// One row of `isnad.listEntities`: every mention, in text order, positions in the
/// negotiated encoding.
#[derive(Debug, Serialize)]
pub struct ListedEntity {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub id: Option<String>,
    pub line: u32,
    pub character: u32,
}

pub fn list_entities(snapshot: &Snapshot, encoding: Encoding) -> Vec<ListedEntity> {
    snapshot
        .analysis
        .entities
        .iter()
        .map(|m| {
            let p = snapshot
                .index
                .position(&snapshot.text, m.range.start, encoding);
            ListedEntity {
                name: snapshot.text.get(m.range.clone()).unwrap_or("").to_string(),
                kind: m.kind.as_str(),
                id: m.id.clone(),
                line: p.line,
                character: p.character,
            }
        })
        .collect()
}
