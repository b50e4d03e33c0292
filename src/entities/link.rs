//! Linking the tagger's spans: a knowledge-base id for a span the base names with
//! the same extent and type, an earlier full name of this article for a short
//! one, else a document-local id. Linking never makes an entity: it only names
//! what the tagger found.

use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;

use super::compiled::Compiled;
use super::lexicon::Lists;
use super::table::Table;
use super::{Discovered, EntityMention};
use crate::kb::EntityType;

/// A span the tagger found: token indices (end exclusive) and a type.
#[derive(Debug, Clone)]
pub(super) struct Span {
    pub tokens: Range<usize>,
    pub kind: EntityType,
}

/// A span with what linking gave it.
struct Linked {
    /// Normalised byte range of the name (clitics of the first token left out).
    norm: Range<usize>,
    kind: EntityType,
    id: String,
    /// Knowledge-base entity, when the base names it.
    entity: Option<u32>,
    discovered: Option<Discovered>,
}

pub(super) fn link(rec: &Compiled, table: &Table, spans: &[Span]) -> Vec<EntityMention> {
    let mut linked: Vec<Linked> = spans.iter().map(|s| link_one(rec, table, s)).collect();
    short_forms(rec, table, &mut linked);
    mentions(table, linked)
}

fn link_one(rec: &Compiled, table: &Table, span: &Span) -> Linked {
    if let Some((norm, entity)) = base_name(rec, table, span) {
        return Linked {
            norm,
            kind: span.kind,
            id: rec.id(entity).unwrap_or_default().to_string(),
            entity: Some(entity),
            discovered: None,
        };
    }
    let norm = name_range(table, span);
    let text = table.doc.normalized.as_str().get(norm.clone()).unwrap_or("");
    Linked {
        id: format!("doc:{text}"),
        norm,
        kind: span.kind,
        entity: None,
        discovered: (span.kind == EntityType::Person).then(|| role_before(rec, table, span.tokens.start)),
    }
}

/// The knowledge-base entity named by exactly this span, with the name's range:
/// a name the table found over the same tokens with the same type, or the span's
/// text itself as a name of the base.
fn base_name(rec: &Compiled, table: &Table, span: &Span) -> Option<(Range<usize>, u32)> {
    let same = |i: usize| {
        let name = &table.names[table.name_at.get(i).copied().flatten()? as usize];
        (name.tokens == span.tokens && name.target.kind == span.kind)
            .then(|| (name.norm.clone(), name.target.entity))
    };
    if let Some(found) = same(span.tokens.start) {
        return Some(found);
    }
    let norm = name_range(table, span);
    let text = table.doc.normalized.as_str().get(norm.clone())?;
    let (article, bare) = match text.strip_prefix("ال") {
        Some(bare) if bare.chars().count() >= 2 => (true, bare),
        _ => (false, text),
    };
    let slot = rec.get(bare)?.slot(article);
    let target = slot.plain.or(slot.licensed)?;
    (target.kind == span.kind && !target.demonym).then_some((norm, target.entity))
}

/// The span's normalised range without the clitics of its first word: و ف, and ب
/// ل ك when the article or a listed word follows them (وبيروت stays whole: a name
/// may begin with و).
fn name_range(table: &Table, span: &Span) -> Range<usize> {
    let tokens = &table.doc.tokens;
    let first = &tokens[span.tokens.start];
    let end = tokens[span.tokens.end - 1].norm.end;
    let prefix = table.readings[span.tokens.start]
        .iter()
        .filter(|r| r.prefix > 0 && (r.article || !r.lists.is_empty()))
        .map(|r| usize::from(r.prefix))
        .max()
        .unwrap_or(0);
    let prefix = if prefix == 0 && table.readings[span.tokens.start].whole.is_empty() {
        conjunction_len(table.words[span.tokens.start])
    } else {
        prefix
    };
    first.norm.start + prefix..end
}

/// و or ف before a word of four letters or more that the lists do not know
/// (وأوباما): most names do not begin with them.
fn conjunction_len(word: &str) -> usize {
    let starts = word.starts_with('و') || word.starts_with('ف');
    if starts && word.chars().count() >= 5 {
        'و'.len_utf8()
    } else {
        0
    }
}

/// The title or role just before a person's name (نائب وزير الخارجية الروسي X),
/// and the organisation or country it belongs to, when the base knows it.
fn role_before(rec: &Compiled, table: &Table, start: usize) -> Discovered {
    let mut first = start;
    let mut org = None;
    while first > 0 && start - first < 6 {
        let j = first - 1;
        let w = table.words[j];
        let title = table.reads_as(j, Lists::TITLES | Lists::TITLE_LINKS).is_some();
        let qualifier = w.starts_with("ال") || table.name_at[j].is_some() || table.demonym[j].is_some();
        if !(title || qualifier) {
            break;
        }
        if let Some(name) = table.name_at[j].map(|n| &table.names[n as usize]) {
            org = org.or_else(|| rec.id(name.target.entity).map(str::to_string));
        } else if let Some(country) = table.demonym[j] {
            org = org.or_else(|| rec.id(country).map(str::to_string));
        }
        first = j;
    }
    // The role begins with a title word: trailing qualifiers alone are no role.
    while first < start && table.reads_as(first, Lists::TITLES).is_none() {
        first += 1;
    }
    if first == start {
        return Discovered::default();
    }
    let tokens = &table.doc.tokens;
    let clitics = table.reads_as(first, Lists::TITLES).unwrap_or(0);
    let norm = tokens[first].norm.start + clitics..tokens[start - 1].norm.end;
    let range = table.doc.normalized.original_range(norm);
    Discovered {
        name: String::new(),
        role: table.doc.text.get(range.clone()).map(str::to_string),
        role_range: Some(range),
        org,
    }
}

/// A short form of a person named in full earlier in the article (بايدن after جو
/// بايدن) takes that person's id. Only spans the tagger read as people, only
/// people this article names, and only after the full name.
fn short_forms(rec: &Compiled, table: &Table, linked: &mut [Linked]) {
    let norm = table.doc.normalized.as_str();
    let mut known: HashMap<String, (String, Option<u32>)> = HashMap::default();
    for l in linked.iter_mut() {
        if l.kind != EntityType::Person {
            continue;
        }
        let Some(name) = norm.get(l.norm.clone()) else {
            continue;
        };
        let key = skeleton(name);
        let words: Vec<&str> = key.split(' ').collect();
        if words.len() == 1 && l.entity.is_none() {
            if let Some((id, entity)) = known.get(&key) {
                l.id = id.clone();
                l.entity = *entity;
                l.discovered = None;
            }
            continue;
        }
        if words.len() < 2 {
            continue;
        }
        // The surname: the last word, unless it ends a compound (عبد الله).
        let compound = words
            .get(words.len() - 2)
            .is_some_and(|w| rec.lexicon.has(w, Lists::SURNAME_CONNECTORS));
        let last = words[words.len() - 1];
        if !compound && last.chars().count() >= 3 {
            known
                .entry(last.to_string())
                .or_insert_with(|| (l.id.clone(), l.entity));
        }
        known
            .entry(key.clone())
            .or_insert_with(|| (l.id.clone(), l.entity));
    }
}

/// The mentions in text order, each discovered entity with its fullest name and
/// its first role on every mention.
fn mentions(table: &Table, linked: Vec<Linked>) -> Vec<EntityMention> {
    let doc = table.doc;
    let mut info: HashMap<String, Discovered> = HashMap::default();
    for l in linked.iter().filter(|l| l.entity.is_none()) {
        let range = doc.normalized.original_range(l.norm.clone());
        let name = doc.text.get(range).unwrap_or("");
        let entry = info.entry(l.id.clone()).or_default();
        if name.chars().count() > entry.name.chars().count() {
            entry.name = name.to_string();
        }
        if let (None, Some(d)) = (&entry.role, &l.discovered) {
            entry.role = d.role.clone();
            entry.role_range = d.role_range.clone();
            entry.org = d.org.clone();
        }
    }
    let mut out: Vec<EntityMention> = linked
        .into_iter()
        .map(|l| EntityMention {
            range: doc.normalized.original_range(l.norm),
            kind: l.kind,
            discovered: l.entity.is_none().then(|| info.get(&l.id).cloned()).flatten(),
            id: Some(l.id),
        })
        .collect();
    out.sort_by_key(|m| (m.range.start, m.range.end));
    out
}

/// A name with transliteration choices folded (غ -> ج), for linking كيم جونغ أون
/// to كيم جونج أون.
fn skeleton(name: &str) -> String {
    name.replace('غ', "ج")
}
