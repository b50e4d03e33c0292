//! The text core: normalisation, tokens, sentences and numbers, all with byte
//! offsets into the original text.

pub mod forms;
pub mod normalize;
pub mod numbers;
pub mod sentences;
pub mod tokens;

pub use forms::{FormId, Forms};
pub use normalize::{normalize, Normalized};
pub use numbers::Number;
pub use sentences::{Quote, Segmentation, Sentence};
pub use tokens::{Token, TokenKind};

/// The share of Arabic letters among a text's letters (1.0 for a text with no
/// letters, so that an empty buffer is analysed as Arabic). Only the first 64 KB
/// are looked at: enough to tell the language of a document.
pub fn arabic_share(text: &str) -> f64 {
    let (mut arabic, mut letters) = (0usize, 0usize);
    for c in text.chars().take(64 * 1024) {
        // Arabic letters and ASCII first: `is_alphabetic` searches a Unicode table.
        if tokens::is_arabic_letter(c) {
            arabic += 1;
            letters += 1;
        } else if c.is_ascii() {
            letters += usize::from(c.is_ascii_alphabetic());
        } else if c.is_alphabetic() {
            letters += 1;
        }
    }
    if letters == 0 {
        1.0
    } else {
        arabic as f64 / letters as f64
    }
}

/// One text, analysed down to the units every later stage works on.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub text: &'a str,
    pub normalized: Normalized,
    /// Tokens in text order; their ranges are original byte ranges.
    pub tokens: Vec<Token>,
    /// Each token's distinct form and each form's clitic readings, computed once
    /// for every later stage.
    pub forms: Forms,
    pub segmentation: Segmentation,
    pub numbers: Vec<Number>,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Document<'a> {
        let normalized = Normalized::new(text);
        let tokens = tokens::tokenize(&normalized);
        let forms = Forms::new(normalized.as_str(), &tokens);
        let segmentation = sentences::segment(text);
        let numbers = numbers::find(text, &normalized, &tokens);
        Document {
            text,
            normalized,
            tokens,
            forms,
            segmentation,
            numbers,
        }
    }

    pub fn sentences(&self) -> &[Sentence] {
        &self.segmentation.sentences
    }

    /// Index range of the tokens that lie inside a byte range.
    pub fn tokens_in(&self, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let start = self.tokens.partition_point(|t| t.range.start < range.start);
        let end = self.tokens.partition_point(|t| t.range.end <= range.end);
        start..end.max(start)
    }
}

#[cfg(test)]
mod share_tests {
    use super::*;

    #[test]
    fn the_arabic_share_counts_letters_of_every_script() {
        // 6 Arabic letters, 4 Latin (one accented), 1 Greek; digits, spaces and marks
        // are no letters.
        let text = "قال Café λ 123 بوت!";
        assert!(
            (arabic_share(text) - 6.0 / 11.0).abs() < 1e-9,
            "{}",
            arabic_share(text)
        );
        assert_eq!(arabic_share("123 !"), 1.0);
        assert_eq!(arabic_share("abc"), 0.0);
    }
}
