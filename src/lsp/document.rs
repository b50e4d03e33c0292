//! An open document: its text in a rope, edited in place by incremental changes.

use ropey::Rope;
use tower_lsp_server::ls_types::{Range, TextDocumentContentChangeEvent};

use crate::positions::{rope_char, Encoding, Position};

#[derive(Debug, Clone)]
pub struct Document {
    pub rope: Rope,
    pub version: i32,
    pub language_id: String,
}

impl Document {
    pub fn new(text: &str, version: i32, language_id: String) -> Document {
        Document {
            rope: Rope::from_str(text),
            version,
            language_id,
        }
    }

    /// Apply one change: a range replacement, or the whole text when the change
    /// has no range. Positions out of range clamp; a range given backwards is
    /// turned round. Never panics.
    pub fn apply(&mut self, change: &TextDocumentContentChangeEvent, encoding: Encoding) {
        match change.range {
            None => self.rope = Rope::from_str(&change.text),
            Some(range) => {
                let (start, end) = self.char_range(range, encoding);
                if start < end {
                    self.rope.remove(start..end);
                }
                if !change.text.is_empty() {
                    self.rope.insert(start, &change.text);
                }
            }
        }
    }

    fn char_range(&self, range: Range, encoding: Encoding) -> (usize, usize) {
        let a = rope_char(&self.rope, position(range.start), encoding);
        let b = rope_char(&self.rope, position(range.end), encoding);
        (a.min(b), a.max(b))
    }

    /// The whole text, in a string of exactly its size (`to_string` would grow
    /// one chunk at a time and keep up to twice the size).
    pub fn text(&self) -> String {
        String::from(&self.rope)
    }
}

pub fn position(p: tower_lsp_server::ls_types::Position) -> Position {
    Position {
        line: p.line,
        character: p.character,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp_server::ls_types::Position as P;

    fn change(l0: u32, c0: u32, l1: u32, c1: u32, text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: Some(Range::new(P::new(l0, c0), P::new(l1, c1))),
            range_length: None,
            text: text.to_string(),
        }
    }

    #[test]
    fn edits_after_emoji_count_utf16_units() {
        let mut doc = Document::new("😀قال\r\nب", 1, "plaintext".into());
        // After the emoji (2 units) and ق.
        doc.apply(&change(0, 3, 0, 3, "ـ"), Encoding::Utf16);
        assert_eq!(doc.text(), "😀قـال\r\nب");
        // Past the end of line 0 clamps before the \r\n.
        doc.apply(&change(0, 99, 0, 99, "!"), Encoding::Utf16);
        assert_eq!(doc.text(), "😀قـال!\r\nب");
        // Deleting across the line break joins the lines.
        doc.apply(&change(0, 7, 1, 0, ""), Encoding::Utf16);
        assert_eq!(doc.text(), "😀قـال!ب");
    }

    #[test]
    fn backwards_and_far_ranges_do_not_panic() {
        let mut doc = Document::new("أب", 1, "plaintext".into());
        doc.apply(&change(9, 9, 0, 1, "x"), Encoding::Utf8);
        assert_eq!(doc.text(), "x");
    }
}
