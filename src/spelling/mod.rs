//! Spelling checks (issue 17): one entity written more than one way in an article
//! (`inconsistent-spelling`), and letters of other Arabic-script alphabets that look
//! like Arabic ones (`foreign-letter`).
//!
//! ```text
//! entities (knowledge-base ids) -> mentions grouped by id and spelling key
//!                               -> spellings a reader sees -> inconsistent-spelling
//! text -> words holding a look-alike letter or a presentation form -> foreign-letter
//! ```
//!
//! Both read the whole text, boilerplate lines included: they are published too.

pub mod letters;
mod variants;

use std::ops::Range;

use crate::analysis::{Diagnostic, Fix};
use crate::entities::EntityMention;

pub use variants::{spelling_key, visible, HouseSpellings};

/// The "all in the document" fix is one edit from the first occurrence to the last
/// (a fix holds one range, in the JSON contract too). Every diagnostic of the group
/// carries a copy, so it is offered only while all the copies in one analysis stay
/// under this many bytes.
const ALL_FIXES_MAX_BYTES: usize = 4 << 20;

/// Nor is it offered for occurrences further apart than an article is long (a
/// compilation of articles analysed as one text).
const ALL_FIX_MAX_SPAN: usize = 64 * 1024;

/// What is left of [`ALL_FIXES_MAX_BYTES`] in one analysis.
pub struct Budget(usize);

/// The spelling diagnostics of a text, in text order.
pub fn check(text: &str, entities: &[EntityMention], house: &HouseSpellings) -> Vec<Diagnostic> {
    let mut budget = Budget(ALL_FIXES_MAX_BYTES);
    let mut out = variants::check(text, entities, house, &mut budget);
    out.extend(letters::check(text, &mut budget));
    out.sort_by_key(|d| (d.range.start, d.range.end));
    out
}

/// Diacritics, Quranic marks, the superscript alef and tatweel: they belong to the
/// letter before them and are not part of a spelling.
pub fn is_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// Characters no reader sees: joiners, direction marks and controls, the BOM.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

impl Budget {
    /// One edit from the start of the first range to the end of the last, rewriting
    /// each range with `rewrite` and keeping the text between them; `None` for one
    /// range, or when the copies on every diagnostic of the group would overrun
    /// the budget.
    fn all_in_document(
        &mut self,
        text: &str,
        ranges: &[Range<usize>],
        rewrite: impl FnMut(&str) -> String,
    ) -> Option<(Range<usize>, String)> {
        let (first, last) = (ranges.first()?, ranges.last()?);
        let span = last.end - first.start;
        let cost = span.saturating_mul(ranges.len());
        if ranges.len() < 2 || span > ALL_FIX_MAX_SPAN || cost > self.0 {
            return None;
        }
        self.0 -= cost;
        rewritten(text, first.start..last.end, ranges, rewrite)
    }
}

fn rewritten(
    text: &str,
    span: Range<usize>,
    ranges: &[Range<usize>],
    mut rewrite: impl FnMut(&str) -> String,
) -> Option<(Range<usize>, String)> {
    let mut replacement = String::with_capacity(span.len());
    let mut at = span.start;
    for r in ranges {
        replacement.push_str(text.get(at..r.start)?);
        replacement.push_str(&rewrite(text.get(r.clone())?));
        at = r.end;
    }
    Some((span, replacement))
}

/// The fixes of one occurrence: rewrite it, then (when there are others) all of them.
fn fixes(
    one: Fix,
    all: Option<(Range<usize>, String)>,
    all_title: impl FnOnce() -> String,
) -> Vec<Fix> {
    let mut out = vec![one];
    if let Some((range, replacement)) = all {
        out.push(Fix {
            title: all_title(),
            range,
            replacement,
        });
    }
    out
}
