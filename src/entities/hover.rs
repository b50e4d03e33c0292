//! Hover content for an entity mention.

use crate::analysis::{Analysis, Analyzer};

/// Markdown for the entity mentioned at `analysis.entities[index]`.
pub fn entity_markdown(
    analysis: &Analysis,
    _analyzer: &Analyzer,
    text: &str,
    index: usize,
) -> String {
    let mention = &analysis.entities[index];
    format!(
        "**{}** ({})",
        &text[mention.range.clone()],
        mention.kind.as_str()
    )
}
