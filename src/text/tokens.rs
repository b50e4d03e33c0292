//! Tokens over the normalised text, with their proclitic splits.
//!
//! An Arabic word may carry a conjunction (و ف), then a preposition (ب ل ك), then
//! the article (ال; ل + ال is written لل). [`clitic_splits`] lists every reading so
//! that "وللولايات", "بالرئيس" and "لبيونج" can be matched to their stems.

use std::ops::Range;

use super::Normalized;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Arabic,
    Latin,
    Number,
    Punct,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the original text.
    pub range: Range<usize>,
    /// Byte range in the normalised text.
    pub norm: Range<usize>,
    pub kind: TokenKind,
}

impl Token {
    /// The token's normalised form.
    pub fn norm<'n>(&self, normalized: &'n Normalized) -> &'n str {
        &normalized.as_str()[self.norm.clone()]
    }
}

pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}' | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}' | '\u{06FF}')
}

fn kind_of(c: char) -> Option<TokenKind> {
    // Spaces and ASCII first: no Unicode table for the commonest characters.
    if c.is_ascii() {
        return if c.is_ascii_digit() {
            Some(TokenKind::Number)
        } else if c.is_ascii_alphabetic() {
            Some(TokenKind::Latin)
        } else if c.is_whitespace() {
            None
        } else {
            Some(TokenKind::Punct)
        };
    }
    if is_arabic_letter(c) {
        Some(TokenKind::Arabic)
    } else if c.is_ascii_digit() {
        Some(TokenKind::Number)
    } else if c.is_alphanumeric() {
        Some(TokenKind::Latin)
    } else if c.is_whitespace() {
        None
    } else {
        Some(TokenKind::Punct)
    }
}

/// Split a normalised text into tokens: Arabic words, Latin words, numbers (digits
/// with `.` or `,` between digits) and single punctuation characters.
pub fn tokenize(normalized: &Normalized) -> Vec<Token> {
    let text = normalized.as_str();
    let mut tokens = Vec::with_capacity(text.len() / 6);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let Some(kind) = kind_of(c) else { continue };
        let mut end = start + c.len_utf8();
        if kind != TokenKind::Punct {
            while let Some(&(i, next)) = chars.peek() {
                let continues = match kind {
                    TokenKind::Number => {
                        next.is_ascii_digit()
                            || (matches!(next, '.' | ',')
                                && text[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
                    }
                    TokenKind::Latin => next.is_alphanumeric() && !is_arabic_letter(next),
                    _ => kind_of(next) == Some(kind),
                };
                if !continues {
                    break;
                }
                end = i + next.len_utf8();
                chars.next();
            }
        }
        tokens.push(Token {
            range: normalized.original_range(start..end),
            norm: start..end,
            kind,
        });
    }
    tokens
}

/// One reading of a word as proclitics + stem. Offsets are byte offsets into the
/// normalised word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split<'w> {
    /// و or ف, or empty.
    pub conjunction: &'w str,
    /// ب ل ك, or empty.
    pub preposition: &'w str,
    /// The word carried the article (ال, or the ل of لل).
    pub article: bool,
    pub stem: &'w str,
    /// Where the stem starts in the word.
    pub stem_start: usize,
}

impl Split<'_> {
    /// The stem as it would be written standing alone: with ال when the word had it.
    pub fn standalone(&self) -> String {
        if self.article {
            format!("ال{}", self.stem)
        } else {
            self.stem.to_string()
        }
    }

    /// `f` of the standalone form, built on the stack: for lookups of every
    /// reading of every word, where [`Split::standalone`] would allocate.
    pub fn with_standalone<R>(&self, f: impl FnOnce(&str) -> R) -> R {
        with_article(self.stem, self.article, f)
    }

    /// Byte length of the clitics in front of the standalone form's first letter:
    /// for "وللولايات" read as "الولايات", the article is partly absorbed, so this
    /// is where the stem starts; for "والرئيس" it is where "ال" starts.
    pub fn prefix_len(&self) -> usize {
        self.conjunction.len() + self.preposition.len()
    }
}

/// `f` of `stem`, with ال before it when `article`, built on the stack.
pub(super) fn with_article<R>(stem: &str, article: bool, f: impl FnOnce(&str) -> R) -> R {
    if !article {
        return f(stem);
    }
    const ARTICLE: &str = "ال";
    let mut buf = [0u8; 128];
    let len = ARTICLE.len() + stem.len();
    match buf.get_mut(..len) {
        Some(out) => {
            out[..ARTICLE.len()].copy_from_slice(ARTICLE.as_bytes());
            out[ARTICLE.len()..].copy_from_slice(stem.as_bytes());
            // Two whole strings one after the other: always UTF-8.
            match std::str::from_utf8(out) {
                Ok(word) => f(word),
                Err(_) => f(&format!("{ARTICLE}{stem}")),
            }
        }
        None => f(&format!("{ARTICLE}{stem}")),
    }
}

/// The most readings a word has (see [`Splits`]).
const MAX_SPLITS: usize = 4;

/// The readings of one word, kept inline: this runs for every word of every text.
/// At most 4: after an optional و/ف, the rest reads unsplit, and either with the
/// article (when it starts with ال) or with a preposition (ب ل ك) with and without
/// the article after it; a leading و/ف adds the one unsplit reading. The inline
/// array is what every call fills and returns, so it is kept that small.
#[derive(Debug, Clone, Copy)]
pub struct Splits<'w> {
    items: [Split<'w>; MAX_SPLITS],
    len: usize,
}

impl<'w> Splits<'w> {
    /// Every split is pushed once: (conjunction, preposition, article) differs
    /// between any two, so no check for repeats.
    fn push(&mut self, split: Split<'w>) {
        debug_assert!(self.len < MAX_SPLITS, "more readings than MAX_SPLITS");
        if self.len < self.items.len() {
            self.items[self.len] = split;
            self.len += 1;
        }
    }
}

impl<'w> std::ops::Deref for Splits<'w> {
    type Target = [Split<'w>];

    fn deref(&self) -> &[Split<'w>] {
        &self.items[..self.len]
    }
}

impl<'w> IntoIterator for Splits<'w> {
    type Item = Split<'w>;
    type IntoIter = std::iter::Take<std::array::IntoIter<Split<'w>, MAX_SPLITS>>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter().take(self.len)
    }
}

/// Whether a stem is long enough to be offered (two letters or more).
fn long_enough(stem: &str) -> bool {
    stem.chars().nth(1).is_some()
}

/// Every reading of a normalised word as proclitics + stem, the unsplit word first,
/// then shorter stems. Stems shorter than two letters are never offered.
pub fn clitic_splits(word: &str) -> Splits<'_> {
    let empty = Split {
        conjunction: "",
        preposition: "",
        article: false,
        stem: "",
        stem_start: 0,
    };
    let mut splits = Splits {
        items: [empty; MAX_SPLITS],
        len: 0,
    };
    // Most words start with no clitic letter and no article: one reading.
    let clitic_first = matches!(
        word.as_bytes(),
        [0xD9, 0x88 | 0x81 | 0x84 | 0x83, ..] | [0xD8, 0xA8 | 0xA7, ..]
    );
    if !clitic_first {
        if long_enough(word) {
            splits.push(Split {
                stem: word,
                ..empty
            });
        }
        return splits;
    }
    let conjunctions: &[&str] = match word.chars().next() {
        Some('و') => &["", "و"],
        Some('ف') => &["", "ف"],
        _ => &[""],
    };
    for &conjunction in conjunctions {
        let rest = &word[conjunction.len()..];
        let prepositions: &[&str] = match rest.chars().next() {
            Some('ب') => &["", "ب"],
            Some('ل') => &["", "ل"],
            Some('ك') => &["", "ك"],
            _ => &[""],
        };
        for &preposition in prepositions {
            let rest = &rest[preposition.len()..];
            let offset = conjunction.len() + preposition.len();
            let mut push = |article: bool, skip: usize| {
                let stem = &rest[skip..];
                if long_enough(stem) {
                    splits.push(Split {
                        conjunction,
                        preposition,
                        article,
                        stem,
                        stem_start: offset + skip,
                    });
                }
            };
            push(false, 0);
            if preposition == "ل" {
                // لل = ل + ال: the alef of the article is not written.
                if rest.starts_with('ل') {
                    push(true, 'ل'.len_utf8());
                }
            } else if rest.starts_with("ال") {
                push(true, "ال".len());
            }
        }
    }
    // Unsplit first, then shorter stems (a stable sort keeps the generation order
    // among equal starts).
    splits.items[..splits.len].sort_by_key(|s| s.stem_start);
    splits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, TokenKind)> {
        let n = Normalized::new(text);
        tokenize(&n)
            .iter()
            .map(|t| (text[t.range.clone()].to_string(), t.kind))
            .collect()
    }

    #[test]
    fn standalone_on_the_stack_equals_standalone() {
        let long = format!("وال{}", "ب".repeat(70));
        for word in ["والرئيس", "للولايات", "بالعاصمة", "كتاب", &long] {
            for split in clitic_splits(word).iter() {
                assert_eq!(split.with_standalone(str::to_string), split.standalone());
            }
        }
    }

    fn standalone_stems(word: &str) -> Vec<String> {
        clitic_splits(word).iter().map(|s| s.standalone()).collect()
    }

    #[test]
    fn tokens_cover_arabic_latin_numbers_and_punctuation() {
        use TokenKind::*;
        assert_eq!(
            words("قالَ Biden: ١٢٬٠٠٠ جنديٍ، و3.5%"),
            vec![
                ("قالَ".into(), Arabic),
                ("Biden".into(), Latin),
                (":".into(), Punct),
                ("١٢٬٠٠٠".into(), Number),
                ("جنديٍ".into(), Arabic),
                ("،".into(), Punct),
                ("و".into(), Arabic),
                ("3.5".into(), Number),
                ("%".into(), Punct),
            ]
        );
    }

    #[test]
    fn a_number_does_not_swallow_a_full_stop() {
        let w = words("بلغ 15. ثم");
        assert_eq!(w[1].0, "15");
        assert_eq!(w[2].0, ".");
    }

    #[test]
    fn tatweel_and_diacritics_stay_inside_the_token() {
        let w = words("قــــالَ x");
        assert_eq!(w[0].0, "قــــالَ");
    }

    #[test]
    fn lil_is_preposition_plus_article() {
        let stems = standalone_stems("وللولايات");
        assert!(stems.contains(&"الولايات".to_string()), "{stems:?}");
    }

    #[test]
    fn bi_plus_article() {
        assert!(standalone_stems("بالرئيس").contains(&"الرئيس".to_string()));
        assert!(standalone_stems("والرئيس").contains(&"الرئيس".to_string()));
        assert!(standalone_stems("فالرئيس").contains(&"الرئيس".to_string()));
        assert!(standalone_stems("كالرئيس").contains(&"الرئيس".to_string()));
    }

    #[test]
    fn preposition_without_article() {
        assert!(standalone_stems("لبيونج").contains(&"بيونج".to_string()));
        assert!(standalone_stems("وبوتين").contains(&"بوتين".to_string()));
        assert!(standalone_stems("وموسكو").contains(&"موسكو".to_string()));
    }

    #[test]
    fn the_unsplit_word_comes_first_and_short_stems_are_not_offered() {
        let splits = clitic_splits("ولد");
        assert_eq!(splits[0].stem, "ولد");
        assert!(splits.iter().all(|s| s.stem.chars().count() >= 2));
        assert_eq!(clitic_splits("وب").len(), 1);
    }
}
