//! The one place where byte offsets meet line/column positions.
//!
//! Inside isnad every position is a UTF-8 byte offset. Editors speak in lines and
//! columns counted in UTF-16 code units (LSP's default), UTF-8 bytes or UTF-32
//! code points; the CLI prints 1-based columns in characters. Lines break at `\n`,
//! `\r\n` and a lone `\r` (as LSP counts them), nothing else.

/// How columns are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    Utf8,
    Utf16,
    /// Code points (characters).
    Utf32,
}

impl Encoding {
    fn width(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
            Encoding::Utf32 => 1,
        }
    }
}

/// A 0-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Position {
    pub line: u32,
    pub character: u32,
}

/// Start offsets of every line of one text, and column checkpoints inside long
/// lines so that converting a position never scans more than [`CHECKPOINT`]
/// bytes (a 10 MB single-line document must not make each conversion O(line)).
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    len: usize,
    checkpoints: Vec<Checkpoint>,
}

/// Bytes between column checkpoints inside a line.
pub const CHECKPOINT: usize = 4096;

/// A char boundary inside a line with its column in UTF-16 and UTF-32 units.
#[derive(Debug, Clone, Copy)]
struct Checkpoint {
    offset: usize,
    utf16: usize,
    utf32: usize,
}

impl Checkpoint {
    fn units(&self, line_start: usize, encoding: Encoding) -> usize {
        match encoding {
            Encoding::Utf8 => self.offset - line_start,
            Encoding::Utf16 => self.utf16,
            Encoding::Utf32 => self.utf32,
        }
    }
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i + 1),
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    line_starts.push(i + 2);
                    i += 1;
                }
                b'\r' => line_starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        let checkpoints = checkpoints(text, &line_starts);
        LineIndex {
            line_starts,
            len: text.len(),
            checkpoints,
        }
    }

    /// The checkpoints inside line `line` (whose content starts at `start`) at or
    /// before byte `offset`: the last one, if any.
    fn checkpoint_before(&self, start: usize, offset: usize) -> Option<Checkpoint> {
        let i = self.checkpoints.partition_point(|c| c.offset <= offset);
        let c = *self.checkpoints.get(i.checked_sub(1)?)?;
        (c.offset > start).then_some(c)
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Byte range of a line's content, without its line break.
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let Some(&start) = self.line_starts.get(line) else {
            return self.len..self.len;
        };
        let mut end = self.line_starts.get(line + 1).copied().unwrap_or(self.len);
        let bytes = text.as_bytes();
        if end > start && bytes.get(end - 1) == Some(&b'\n') {
            end -= 1;
        }
        if end > start && bytes.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        start..end
    }

    /// The position of a byte offset. An offset past the end is clamped to the end;
    /// one inside a character is moved back to the character's start.
    pub fn position(&self, text: &str, offset: usize, encoding: Encoding) -> Position {
        let offset = floor_char_boundary(text, offset.min(self.len));
        let line = match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        };
        let start = self.line_starts[line];
        let (from, base) = match self.checkpoint_before(start, offset) {
            Some(c) => (c.offset, c.units(start, encoding)),
            None => (start, 0),
        };
        let character = base
            + text[from..offset]
                .chars()
                .map(|c| encoding.width(c))
                .sum::<usize>();
        Position {
            line: line as u32,
            character: character as u32,
        }
    }

    /// The byte offset of a position. Positions past the end of a line clamp to the
    /// line's end (before its line break), lines past the end clamp to the end of the
    /// text, and a column inside a character (half a surrogate pair) moves to its
    /// start.
    pub fn offset(&self, text: &str, position: Position, encoding: Encoding) -> usize {
        let line = position.line as usize;
        if line >= self.line_starts.len() {
            return self.len;
        }
        let range = self.line_range(text, line);
        let want = position.character as usize;
        // Start from the last checkpoint of this line at or before the column.
        let first = self
            .checkpoints
            .partition_point(|c| c.offset <= range.start);
        let last = self.checkpoints.partition_point(|c| c.offset < range.end);
        let inside = &self.checkpoints[first..last.max(first)];
        let k = inside.partition_point(|c| c.units(range.start, encoding) <= want);
        let (from, mut units) = match k.checked_sub(1).map(|k| inside[k]) {
            Some(c) => (c.offset, c.units(range.start, encoding)),
            None => (range.start, 0),
        };
        for (i, c) in text[from..range.end].char_indices() {
            let next = units + encoding.width(c);
            if next > want {
                return from + i;
            }
            units = next;
        }
        range.end
    }
}

/// The char index in `rope` of an LSP position, with the same clamping as
/// [`LineIndex::offset`]: past the end of a line goes to the line's end (before
/// its line break), past the last line goes to the end, half a surrogate pair goes
/// to its character's start. The rope must count lines as LSP does (ropey without
/// `unicode_lines`, with `cr_lines`).
pub fn rope_char(rope: &ropey::Rope, position: Position, encoding: Encoding) -> usize {
    let line = position.line as usize;
    // ropey counts a final empty line after a trailing break, as LSP does.
    if line >= rope.len_lines() {
        return rope.len_chars();
    }
    let start = rope.line_to_char(line);
    let next = if line + 1 < rope.len_lines() {
        rope.line_to_char(line + 1)
    } else {
        rope.len_chars()
    };
    // The end of the line's content, before its break.
    let mut end = next;
    if end > start && rope.char(end - 1) == '\n' {
        end -= 1;
    }
    if end > start && rope.char(end - 1) == '\r' {
        end -= 1;
    }
    let want = position.character as usize;
    // O(log n) conversions, so that long lines cost nothing more.
    let at = match encoding {
        Encoding::Utf32 => start.saturating_add(want),
        Encoding::Utf8 => {
            let byte = rope.char_to_byte(start).saturating_add(want);
            let end_byte = rope.char_to_byte(end);
            if byte >= end_byte {
                end
            } else {
                rope.byte_to_char(byte)
            }
        }
        Encoding::Utf16 => {
            let cu = rope.char_to_utf16_cu(start).saturating_add(want);
            let end_cu = rope.char_to_utf16_cu(end);
            if cu >= end_cu {
                end
            } else {
                rope.utf16_cu_to_char(cu)
            }
        }
    };
    at.min(end)
}

/// Checkpoints every [`CHECKPOINT`] bytes inside lines longer than that.
fn checkpoints(text: &str, line_starts: &[usize]) -> Vec<Checkpoint> {
    let mut out = Vec::new();
    for (i, &start) in line_starts.iter().enumerate() {
        let end = line_starts.get(i + 1).copied().unwrap_or(text.len());
        if end - start <= CHECKPOINT {
            continue;
        }
        let (mut utf16, mut utf32) = (0usize, 0usize);
        let mut next = start + CHECKPOINT;
        for (j, c) in text[start..end].char_indices() {
            let at = start + j;
            if at >= next {
                out.push(Checkpoint {
                    offset: at,
                    utf16,
                    utf32,
                });
                next = at + CHECKPOINT;
            }
            utf16 += c.len_utf16();
            utf32 += 1;
        }
    }
    out
}

/// The largest char boundary at or before `offset`.
pub fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(text: &str, encoding: Encoding) {
        let index = LineIndex::new(text);
        for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let pos = index.position(text, offset, encoding);
            let back = index.offset(text, pos, encoding);
            // A line break's offset maps to the end of its line, which is the same
            // offset except inside \r\n.
            if text[offset..].starts_with('\n')
                && offset > 0
                && text.as_bytes()[offset - 1] == b'\r'
            {
                assert_eq!(back, offset - 1);
            } else {
                assert_eq!(back, offset, "{text:?} {offset} {pos:?}");
            }
        }
    }

    #[test]
    fn utf16_columns_count_surrogate_pairs() {
        let text = "😀قال";
        let index = LineIndex::new(text);
        let end = text.len();
        assert_eq!(index.position(text, end, Encoding::Utf16).character, 5);
        assert_eq!(index.position(text, end, Encoding::Utf8).character, 10);
        assert_eq!(index.position(text, end, Encoding::Utf32).character, 4);
    }

    #[test]
    fn diacritics_and_tatweel_are_characters() {
        // قَالَ with fatha marks and a tatweel: every mark is its own code point.
        let text = "قَالَ ـــ x";
        let index = LineIndex::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(index.position(text, x, Encoding::Utf16).character, 10);
        assert_eq!(index.position(text, x, Encoding::Utf8).character, 18);
    }

    #[test]
    fn crlf_and_lone_cr_break_lines() {
        let text = "أ\r\nب\rج\nد";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 4);
        let d = text.find('د').unwrap();
        assert_eq!(
            index.position(text, d, Encoding::Utf16),
            Position {
                line: 3,
                character: 0
            }
        );
        let j = text.find('ج').unwrap();
        assert_eq!(
            index.position(text, j, Encoding::Utf16),
            Position {
                line: 2,
                character: 0
            }
        );
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let text = "قال\r\nx";
        let index = LineIndex::new(text);
        assert_eq!(
            index.offset(
                text,
                Position {
                    line: 0,
                    character: 99
                },
                Encoding::Utf16
            ),
            6
        );
        assert_eq!(
            index.offset(
                text,
                Position {
                    line: 9,
                    character: 0
                },
                Encoding::Utf16
            ),
            text.len()
        );
        // Half a surrogate pair moves to the character's start.
        let text = "a😀b";
        let index = LineIndex::new(text);
        assert_eq!(
            index.offset(
                text,
                Position {
                    line: 0,
                    character: 2
                },
                Encoding::Utf16
            ),
            1
        );
        // An offset inside a character moves back to its start.
        assert_eq!(index.position(text, 2, Encoding::Utf16).character, 1);
    }

    #[test]
    fn roundtrips_on_mixed_text() {
        for text in [
            "",
            "قال الرئيس Biden 😀 إن ٣٫٥٪\r\nوأضاف: «نعم»\rـــ\n\n",
            "\u{200F}بيونغ يانغ\u{202B}x\u{202C}",
        ] {
            for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
                roundtrip(text, enc);
            }
        }
    }
    #[test]
    fn rope_positions_match_the_line_index() {
        for text in [
            "",
            "قال الرئيس Biden 😀 إن ٣٫٥٪\r\nوأضاف: «نعم»\rـــ\n\n",
            "a\r\n\r\n😀\n",
        ] {
            let rope = ropey::Rope::from_str(text);
            let index = LineIndex::new(text);
            for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
                for line in 0..6u32 {
                    for character in 0..40u32 {
                        let pos = Position { line, character };
                        let byte = index.offset(text, pos, enc);
                        let ch = rope_char(&rope, pos, enc);
                        assert_eq!(rope.char_to_byte(ch), byte, "{text:?} {pos:?} {enc:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn long_lines_use_checkpoints_and_agree_with_a_scan() {
        let line: String = "قال 😀 Biden ـ ".repeat(2000);
        let text = format!("أول\r\n{line}\nآخر");
        let index = LineIndex::new(&text);
        assert!(!index.checkpoints.is_empty());
        let start = text.find('\n').unwrap() + 1;
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            for offset in (start..start + line.len()).step_by(997) {
                let offset = floor_char_boundary(&text, offset);
                let pos = index.position(&text, offset, enc);
                let scanned: usize = text[start..offset].chars().map(|c| enc.width(c)).sum();
                assert_eq!(
                    pos,
                    Position {
                        line: 1,
                        character: scanned as u32
                    }
                );
                assert_eq!(index.offset(&text, pos, enc), offset);
            }
            let past = Position {
                line: 1,
                character: u32::MAX,
            };
            assert_eq!(index.offset(&text, past, enc), start + line.len());
        }
    }
}
