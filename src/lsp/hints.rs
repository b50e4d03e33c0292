//! The chain of attribution made visible: inlay hints, semantic tokens and the
//! attribution section of the outline.
//!
//! Semantic token legend (standard LSP types, so every theme colours them with no
//! configuration):
//!
//! | isnad                 | token type   | modifiers                                   |
//! |-----------------------|--------------|---------------------------------------------|
//! | person                | `class`      | `declaration` on the first mention;         |
//! | organisation          | `namespace`  | `defaultLibrary` when the knowledge base    |
//! | place                 | `enumMember` | knows the entity                            |
//! | claim trigger (verb…) | `keyword`    |                                             |
//! | figure                | `number`     |                                             |
//!
//! A newsroom that wants its own colours, in VS Code's settings.json:
//!
//! ```json
//! "editor.semanticTokenColorCustomizations": {
//!   "rules": {
//!     "class": "#d19a66",
//!     "namespace": "#56b6c2",
//!     "enumMember": "#98c379",
//!     "keyword": { "foreground": "#c678dd", "bold": true },
//!     "number": "#e5c07b"
//!   }
//! }
//! ```

use std::ops::Range;

use tower_lsp_server::ls_types::{self as lsp};

use super::state::Snapshot;
use crate::kb::EntityType;
use crate::positions::Encoding;

pub const TOKEN_TYPES: [lsp::SemanticTokenType; 5] = [
    lsp::SemanticTokenType::CLASS,
    lsp::SemanticTokenType::NAMESPACE,
    lsp::SemanticTokenType::ENUM_MEMBER,
    lsp::SemanticTokenType::KEYWORD,
    lsp::SemanticTokenType::NUMBER,
];
pub const TOKEN_MODIFIERS: [lsp::SemanticTokenModifier; 2] = [
    lsp::SemanticTokenModifier::DECLARATION,
    lsp::SemanticTokenModifier::DEFAULT_LIBRARY,
];

const PERSON: u32 = 0;
const ORGANIZATION: u32 = 1;
const LOCATION: u32 = 2;
const TRIGGER: u32 = 3;
const FIGURE: u32 = 4;
const DECLARATION: u32 = 1;
const DEFAULT_LIBRARY: u32 = 2;

pub fn legend() -> lsp::SemanticTokensLegend {
    lsp::SemanticTokensLegend {
        token_types: TOKEN_TYPES.to_vec(),
        token_modifiers: TOKEN_MODIFIERS.to_vec(),
    }
}

struct Token {
    range: Range<usize>,
    kind: u32,
    modifiers: u32,
}

/// Semantic tokens for the whole snapshot, or only those inside `within` (bytes).
pub fn semantic_tokens(
    snapshot: &Snapshot,
    encoding: Encoding,
    within: Option<Range<usize>>,
) -> Vec<lsp::SemanticToken> {
    let mut tokens = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for m in &snapshot.analysis.entities {
        let kind = match m.kind {
            EntityType::Person => PERSON,
            EntityType::Organization => ORGANIZATION,
            EntityType::Location => LOCATION,
        };
        let mut modifiers = 0;
        if seen.insert(super::features::entity_key(snapshot, m)) {
            modifiers |= DECLARATION;
        }
        if m.id
            .as_ref()
            .is_some_and(|id| snapshot.analyzer.kb.entities.iter().any(|e| &e.id == id))
        {
            modifiers |= DEFAULT_LIBRARY;
        }
        tokens.push(Token {
            range: m.range.clone(),
            kind,
            modifiers,
        });
    }
    for c in &snapshot.analysis.claims {
        tokens.push(Token {
            range: c.trigger.clone(),
            kind: TRIGGER,
            modifiers: 0,
        });
    }
    for f in &snapshot.analysis.figures {
        tokens.push(Token {
            range: f.range.clone(),
            kind: FIGURE,
            modifiers: 0,
        });
    }
    tokens.sort_by_key(|t| (t.range.start, std::cmp::Reverse(t.range.end)));
    // Tokens may not overlap: the earlier (and longer) one wins.
    let mut kept: Vec<Token> = Vec::new();
    for t in tokens {
        if t.range.is_empty() || kept.last().is_some_and(|k| t.range.start < k.range.end) {
            continue;
        }
        if let Some(w) = &within {
            if t.range.end <= w.start || t.range.start >= w.end {
                continue;
            }
        }
        kept.push(t);
    }
    encode(snapshot, encoding, &kept)
}

/// LSP's relative encoding; a token that spans lines is split at the line breaks.
fn encode(snapshot: &Snapshot, encoding: Encoding, tokens: &[Token]) -> Vec<lsp::SemanticToken> {
    let mut out = Vec::new();
    let (mut prev_line, mut prev_start) = (0u32, 0u32);
    for t in tokens {
        let start = snapshot
            .index
            .position(&snapshot.text, t.range.start, encoding);
        let end = snapshot
            .index
            .position(&snapshot.text, t.range.end, encoding);
        for line in start.line..=end.line {
            let from = if line == start.line {
                start.character
            } else {
                0
            };
            let to = if line == end.line {
                end.character
            } else {
                let r = snapshot.index.line_range(&snapshot.text, line as usize);
                snapshot
                    .index
                    .position(&snapshot.text, r.end, encoding)
                    .character
            };
            if to <= from {
                continue;
            }
            let delta_line = line - prev_line;
            let delta_start = if delta_line == 0 {
                from - prev_start
            } else {
                from
            };
            out.push(lsp::SemanticToken {
                delta_line,
                delta_start,
                length: to - from,
                token_type: t.kind,
                token_modifiers_bitset: t.modifiers,
            });
            prev_line = line;
            prev_start = from;
        }
    }
    out
}

/// The edits that turn `old` into `new` (one edit: the changed middle).
pub fn token_delta(
    old: &[lsp::SemanticToken],
    new: &[lsp::SemanticToken],
) -> Vec<lsp::SemanticTokensEdit> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    if prefix == old.len() && prefix == new.len() {
        return Vec::new();
    }
    vec![lsp::SemanticTokensEdit {
        start: (prefix * 5) as u32,
        delete_count: ((old.len() - prefix - suffix) * 5) as u32,
        data: Some(new[prefix..new.len() - suffix].to_vec()),
    }]
}

/// Whether a figure deserves a value hint: spelled in words, large enough that the
/// reader gains from seeing the digits (not أربعة، إحدى), and not a bare plural
/// (آلاف "thousands" is a vague amount, not 1,000).
fn worth_a_value_hint(text: &str, value: f64) -> bool {
    const BARE: [&str; 6] = ["الاف", "الوف", "ملايين", "مئات", "عشرات", "مليارات"];
    let bare = text.split_whitespace().count() == 1
        && BARE.contains(&crate::text::normalize(text.trim()).as_str());
    spelled_in_words(text) && value.abs() >= 11.0 && !bare
}

/// Whether a figure's text spells its number in words (no digits in any script).
fn spelled_in_words(text: &str) -> bool {
    !text.chars().any(|c| {
        c.is_ascii_digit()
            || ('\u{660}'..='\u{669}').contains(&c)
            || ('\u{6F0}'..='\u{6F9}').contains(&c)
    })
}

/// `8000.0` as `8,000`; fractions keep their decimals.
pub fn format_value(value: f64) -> String {
    if value.fract() != 0.0 || !value.is_finite() || value.abs() >= 1e15 {
        return format!("{value}");
    }
    let digits = format!("{}", value.abs() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if value < 0.0 {
        out.insert(0, '-');
    }
    out
}

pub fn inlay_hints(
    snapshot: &Snapshot,
    encoding: Encoding,
    within: Range<usize>,
) -> Vec<lsp::InlayHint> {
    let switches = snapshot.analyzer.config.inlay_hints;
    let mut out = Vec::new();
    if switches.sources {
        for (at, name, how) in resolved_sources(snapshot) {
            if at < within.start || at > within.end {
                continue;
            }
            let p = snapshot.index.position(&snapshot.text, at, encoding);
            out.push(lsp::InlayHint {
                position: lsp::Position::new(p.line, p.character),
                label: lsp::InlayHintLabel::String(format!("← {name}")),
                kind: None,
                text_edits: None,
                tooltip: Some(lsp::InlayHintTooltip::String(how)),
                padding_left: Some(true),
                padding_right: Some(true),
                data: None,
            });
        }
    }
    if switches.figures {
        for f in &snapshot.analysis.figures {
            let text = snapshot.text.get(f.range.clone()).unwrap_or("");
            if !worth_a_value_hint(text, f.value)
                || f.range.end < within.start
                || f.range.end > within.end
            {
                continue;
            }
            let p = snapshot
                .index
                .position(&snapshot.text, f.range.end, encoding);
            out.push(lsp::InlayHint {
                position: lsp::Position::new(p.line, p.character),
                label: lsp::InlayHintLabel::String(format!("= {}", format_value(f.value))),
                kind: None,
                text_edits: None,
                tooltip: Some(lsp::InlayHintTooltip::String(format!(
                    "«{text}» = {} — القيمة العددية (normalised value)",
                    format_value(f.value)
                ))),
                padding_left: Some(true),
                padding_right: None,
                data: None,
            });
        }
    }
    out.sort_by_key(|h| (h.position.line, h.position.character));
    out
}

/// A source's display name: the person named inside it (a role followed by a
/// name: «نائب السفيرة الأمريكية لدى الأمم المتحدة، روبرت وود» is Wood, not the UN),
/// else the knowledge base's name for its entity, else the words as written.
pub fn source_name(snapshot: &Snapshot, source: &crate::claims::Source) -> String {
    let person = snapshot.analysis.entities.iter().rev().find(|m| {
        m.kind == EntityType::Person
            && source.range.start <= m.range.start
            && m.range.end <= source.range.end
    });
    if let Some(m) = person {
        return super::features::entity_name(snapshot, m);
    }
    source
        .entity
        .as_deref()
        .and_then(|id| snapshot.analyzer.kb.get(id))
        .map(|e| e.ar.clone())
        .unwrap_or_else(|| source.name.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Where a speaker was resolved from context (a continuation verb, an anaphor, a
/// surname, a later sentence): the byte offset after the word that points to it,
/// the source's name and a tooltip saying how it was resolved.
pub fn resolved_sources(snapshot: &Snapshot) -> Vec<(usize, String, String)> {
    use crate::claims::Resolution;
    let mut out: Vec<(usize, String, String)> = Vec::new();
    for claim in &snapshot.analysis.claims {
        let Some(source) = &claim.source else {
            continue;
        };
        if !matches!(
            source.resolution,
            Resolution::Continuation
                | Resolution::Anaphor
                | Resolution::Surname
                | Resolution::Backward
        ) {
            continue;
        }
        let at = source.via.as_ref().map_or(claim.trigger.end, |v| v.end);
        if out.iter().any(|(o, _, _)| *o == at) {
            continue;
        }
        let name = source_name(snapshot, source);
        let (ar, en) = source.resolution.describe();
        let named_at = snapshot
            .index
            .position(&snapshot.text, source.range.start, Encoding::Utf32);
        let tooltip = format!(
            "{ar} — {en}: «{}» ({} {}:{})",
            source.name.trim(),
            "named at",
            named_at.line + 1,
            named_at.character + 1
        );
        out.push((at, name, tooltip));
    }
    out.sort_by_key(|(at, _, _)| *at);
    out
}

/// The attribution outline: each source with the statements attributed to it, and
/// the claims with none ("رودينكو — 4 statements; unsourced — 1").
pub fn attribution_outline(snapshot: &Snapshot, encoding: Encoding) -> Vec<lsp::DocumentSymbol> {
    let claims = &snapshot.analysis.claims;
    if claims.is_empty() {
        return Vec::new();
    }
    let mut order: Vec<String> = Vec::new();
    let mut groups: std::collections::HashMap<String, (String, bool, Vec<usize>)> =
        Default::default();
    let mut unsourced = Vec::new();
    for (i, claim) in claims.iter().enumerate() {
        match &claim.source {
            Some(source) => {
                let name = source_name(snapshot, source);
                let key = source
                    .entity
                    .clone()
                    .unwrap_or_else(|| crate::text::normalize(&name));
                groups
                    .entry(key.clone())
                    .or_insert_with(|| {
                        order.push(key.clone());
                        (name, source.is_vague(), Vec::new())
                    })
                    .2
                    .push(i);
            }
            None => unsourced.push(i),
        }
    }
    let statement = |i: usize| {
        let c = &claims[i];
        let sentence = snapshot.range(&c.sentence, encoding);
        let trigger = snapshot.range(&c.trigger, encoding);
        let range = lsp::Range::new(
            sentence.start.min(trigger.start),
            sentence.end.max(trigger.end),
        );
        let text = snapshot.text.get(c.sentence.clone()).unwrap_or("");
        let words: Vec<&str> = text.split_whitespace().collect();
        let mut name = words.iter().take(8).copied().collect::<Vec<_>>().join(" ");
        if words.len() > 8 {
            name.push('…');
        }
        super::features::symbol(
            name,
            None,
            lsp::SymbolKind::STRING,
            range,
            trigger,
            Vec::new(),
        )
    };
    let node = |name: String, detail: String, kind: lsp::SymbolKind, members: &[usize]| {
        let children: Vec<lsp::DocumentSymbol> = members.iter().map(|&i| statement(i)).collect();
        let range = children
            .iter()
            .map(|c| c.range)
            .reduce(|a, b| lsp::Range::new(a.start.min(b.start), a.end.max(b.end)))?;
        let selection = children.first()?.selection_range;
        Some(super::features::symbol(
            name,
            Some(detail),
            kind,
            range,
            selection,
            children,
        ))
    };
    let mut sources = Vec::new();
    let mut summary = Vec::new();
    for key in order {
        let Some((name, vague, members)) = groups.remove(&key) else {
            continue;
        };
        let n = members.len();
        let label = if vague {
            format!("{name} — {n} statements (vague source)")
        } else {
            format!("{name} — {n} statements")
        };
        summary.push(format!("{name} — {n}"));
        sources.extend(node(
            label,
            format!("{n}"),
            lsp::SymbolKind::CLASS,
            &members,
        ));
    }
    if !unsourced.is_empty() {
        let n = unsourced.len();
        summary.push(format!("بلا مصدر — {n}"));
        sources.extend(node(
            format!("بلا مصدر — unsourced — {n}"),
            format!("{n}"),
            lsp::SymbolKind::EVENT,
            &unsourced,
        ));
    }
    let Some(range) = sources
        .iter()
        .map(|c| c.range)
        .reduce(|a, b| lsp::Range::new(a.start.min(b.start), a.end.max(b.end)))
    else {
        return Vec::new();
    };
    let selection = sources[0].selection_range;
    vec![super::features::symbol(
        "الإسناد — attribution".to_string(),
        Some(summary.join("; ")),
        lsp::SymbolKind::PACKAGE,
        range,
        selection,
        sources,
    )]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_get_thousands_separators() {
        assert_eq!(format_value(8000.0), "8,000");
        assert_eq!(format_value(12000000.0), "12,000,000");
        assert_eq!(format_value(15.0), "15");
        assert_eq!(format_value(3.5), "3.5");
    }

    #[test]
    fn words_and_digits() {
        assert!(spelled_in_words("ثمانية آلاف"));
        assert!(!spelled_in_words("10 آلاف"));
        assert!(!spelled_in_words("٣٠٠٠"));
        assert!(worth_a_value_hint("ثمانية آلاف", 8000.0));
        assert!(!worth_a_value_hint("آلاف", 1000.0));
        assert!(!worth_a_value_hint("أربعة", 4.0));
    }

    #[test]
    fn delta_is_the_changed_middle() {
        let t = |n| lsp::SemanticToken {
            delta_line: n,
            delta_start: 0,
            length: 1,
            token_type: 0,
            token_modifiers_bitset: 0,
        };
        let edits = token_delta(&[t(0), t(1), t(2)], &[t(0), t(5), t(2)]);
        assert_eq!(edits.len(), 1);
        assert_eq!((edits[0].start, edits[0].delete_count), (5, 5));
        assert_eq!(edits[0].data.as_deref(), Some(&[t(5)][..]));
        assert!(token_delta(&[t(1)], &[t(1)]).is_empty());
    }
}
