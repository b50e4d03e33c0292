//! Hover content for figures and flagged claims.

use crate::analysis::Analysis;

/// Markdown for `analysis.figures[index]`: its value and the other figures for the
/// same noun with their sources.
pub fn figure_markdown(analysis: &Analysis, text: &str, index: usize) -> String {
    let figure = &analysis.figures[index];
    format!("**{}** = {}", &text[figure.range.clone()], figure.value)
}

/// Markdown for `analysis.claims[index]`: why it fired.
pub fn claim_markdown(analysis: &Analysis, text: &str, index: usize) -> String {
    let claim = &analysis.claims[index];
    format!("{}", &text[claim.sentence.clone()])
}
