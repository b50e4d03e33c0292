//! Normalisation for matching. The original text is never changed: a
//! [`Normalized`] text keeps, for every byte it holds, the offset of the original
//! character it came from, so every match maps back to a byte range of the original.
//!
//! Folds (claims.md, issue 2): hamza-carrying alefs to bare alef; alef maqsura and
//! Persian/Urdu yeh to yeh; teh marbuta and Persian/Urdu heh to heh; keheh and gaf to
//! kaf; Eastern Arabic and Persian digits to ASCII; Arabic decimal/thousands/percent
//! signs to `.`, `,`, `%`; presentation forms to their base letters. Removed:
//! tatweel, harakat and Quranic marks, superscript alef, ZWNJ/ZWJ, bidi controls and
//! the BOM. ASCII letters are lowercased and unusual spaces become a plain space.

use std::ops::Range;

use unicode_normalization::char::decompose_compatible;

/// What one original character becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    Drop,
    One(char),
    Two(char, char),
}

/// Fold one character that is not a presentation form.
pub fn fold_char(c: char) -> Fold {
    let folded = match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ى' | 'ی' | 'ې' | 'ے' => 'ي',
        'ة' | 'ۀ' | 'ھ' | 'ہ' | 'ە' => 'ه',
        'ک' | 'گ' => 'ك',
        '\u{0640}' => return Fold::Drop,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' => return Fold::Drop,
        '\u{200C}' | '\u{200D}' | '\u{200E}' | '\u{200F}' | '\u{061C}' => return Fold::Drop,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' => return Fold::Drop,
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        '\u{066B}' => '.',
        '\u{066C}' => ',',
        '\u{066A}' => '%',
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
        'A'..='Z' => c.to_ascii_lowercase(),
        _ => c,
    };
    Fold::One(folded)
}

/// Diacritics and tatweel: dropped, and attached to the letter before them.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// An Arabic letter the folds leave as it is (everything in ء..ي but the hamza
/// alefs, teh marbuta and alef maqsura).
fn is_plain_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}') && !matches!(c, 'أ' | 'إ' | 'آ' | 'ة' | 'ى' | '\u{0640}')
}

fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// Feed the folded form of `c` to `out`. Presentation forms are decomposed first
/// (lam-alef ligatures become two letters), then each part is folded.
fn fold_into(c: char, mut out: impl FnMut(char)) {
    if is_presentation_form(c) {
        decompose_compatible(c, |part| {
            if part != ' ' || c == ' ' {
                // Isolated harakat forms (FE70…) decompose to a space + mark: drop both.
                fold_into_simple(part, &mut out)
            }
        });
    } else {
        fold_into_simple(c, &mut out);
    }
}

fn fold_into_simple(c: char, out: &mut impl FnMut(char)) {
    match fold_char(c) {
        Fold::Drop => {}
        Fold::One(a) => out(a),
        Fold::Two(a, b) => {
            out(a);
            out(b);
        }
    }
}

/// The normalised form of a string, without offset mapping (for lexicon entries and
/// knowledge-base names). Runs of whitespace collapse to one space; the ends are
/// trimmed.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_into(c, |f| {
            if f.is_whitespace() {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
            } else {
                out.push(f);
            }
        });
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A normalised text with a map back to the original.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    text: String,
    /// For every byte of `text`, the start of the original character it came from;
    /// one extra entry holds the original's length.
    origin: Vec<u32>,
    /// For every byte of `text`, the end of the original character it came from.
    origin_end: Vec<u32>,
}

impl Normalized {
    pub fn new(original: &str) -> Normalized {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        let mut origin_end = Vec::with_capacity(original.len());
        for (start, c) in original.char_indices() {
            let end = (start + c.len_utf8()) as u32;
            if is_mark(c) && !text.is_empty() {
                // A diacritic or tatweel belongs to the letter before it: a match
                // that ends on that letter covers its marks too.
                let last = origin[origin.len() - 1];
                for (o, e) in origin.iter().zip(origin_end.iter_mut()).rev() {
                    if *o != last {
                        break;
                    }
                    *e = end;
                }
                continue;
            }
            let mut keep = |f: char| {
                text.push(f);
                let n = f.len_utf8();
                origin.extend(std::iter::repeat_n(start as u32, n));
                origin_end.extend(std::iter::repeat_n(end, n));
            };
            // Most characters are letters, spaces and punctuation that stay as
            // they are: one table-free test instead of the fold.
            if c.is_ascii() {
                keep(c.to_ascii_lowercase());
            } else if is_plain_arabic_letter(c) {
                keep(c);
            } else {
                fold_into(c, keep);
            }
        }
        origin.push(original.len() as u32);
        Normalized {
            text,
            origin,
            origin_end,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original byte offset where the normalised byte `offset` came from
    /// (`offset == len` maps to the original's end).
    pub fn original_offset(&self, offset: usize) -> usize {
        self.origin[offset.min(self.origin.len() - 1)] as usize
    }

    /// The byte range of the original text that a normalised range came from. An
    /// empty range maps to an empty range.
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.original_offset(range.start);
        if range.end <= range.start || range.start >= self.text.len() {
            return start..start;
        }
        let last = (range.end - 1).min(self.text.len() - 1);
        start..self.origin_end[last] as usize
    }

    /// The normalised offset of the first normalised byte that came from at or after
    /// original offset `offset`.
    pub fn normalized_offset(&self, offset: usize) -> usize {
        self.origin[..self.text.len()].partition_point(|&o| (o as usize) < offset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn folds(from: &str, to: &str) {
        assert_eq!(normalize(from), to, "normalising {from:?}");
    }

    #[test]
    fn hamza_alefs_fold_to_alef() {
        folds("أإآٱ", "اااا");
        folds("أوستن", "اوستن");
    }

    #[test]
    fn yeh_heh_and_kaf_variants_fold() {
        folds("ى", "ي");
        folds("مدرسة", "مدرسه");
        folds("کوریا الشمالیة", "كوريا الشماليه");
        folds("ې", "ي");
        folds("ۀھہ", "ههه");
        folds("گ", "ك");
    }

    #[test]
    fn tatweel_diacritics_and_superscript_alef_vanish() {
        folds("قــــال", "قال");
        folds("قَالَ", "قال");
        folds("أيًّا", "ايا");
        folds("هٰذا", "هذا");
        folds("\u{064B}\u{065F}", "");
    }

    #[test]
    fn digits_in_three_scripts_become_ascii() {
        folds("٠١٢٣٤٥٦٧٨٩", "0123456789");
        folds("۰۱۲۳۴۵۶۷۸۹", "0123456789");
        folds("٣٫٥٪", "3.5%");
        folds("١٢٬٠٠٠", "12,000");
    }

    #[test]
    fn invisible_controls_are_ignored() {
        folds("بو\u{200C}تين", "بوتين");
        folds("\u{200F}بوتين\u{200E}", "بوتين");
        folds("\u{202B}بوتين\u{202C}\u{2067}x\u{2069}", "بوتينx");
        folds("\u{FEFF}قال", "قال");
    }

    #[test]
    fn presentation_forms_fold_to_base_letters() {
        // ﻗﺎﻝ in presentation forms, and the lam-alef ligature ﻻ.
        folds("\u{FED7}\u{FE8E}\u{FEDD}", "قال");
        folds("\u{FEFB}", "لا");
        folds("\u{FEF7}", "لا"); // lam with alef with hamza above
        folds("\u{FB8F}", "ك"); // keheh
        folds("\u{FE76}", ""); // isolated fatha
    }

    #[test]
    fn the_fast_path_for_plain_letters_agrees_with_the_fold() {
        for c in ('\u{0600}'..='\u{06FF}').chain('\0'..='\u{7F}') {
            if is_plain_arabic_letter(c) || c.is_ascii() {
                let expected = if c.is_ascii() {
                    c.to_ascii_lowercase()
                } else {
                    c
                };
                assert_eq!(fold_char(c), Fold::One(expected), "{c:?}");
                assert!(!is_mark(c) && !is_presentation_form(c), "{c:?}");
            }
        }
    }

    #[test]
    fn every_normalised_range_maps_back_to_the_original() {
        let original = "قـــالَ \u{200F}أوستن ﻻ ٣٫٥";
        let n = Normalized::new(original);
        assert_eq!(n.as_str(), "قال اوستن لا 3.5");
        let find = |s: &str| {
            let start = n.as_str().find(s).unwrap();
            &original[n.original_range(start..start + s.len())]
        };
        assert_eq!(find("قال"), "قـــالَ");
        assert_eq!(find("ق"), "قـــ");
        assert_eq!(find("اوستن"), "أوستن");
        assert_eq!(find("لا"), "ﻻ");
        let lam = n.as_str().rfind("ل").unwrap();
        assert_eq!(&original[n.original_range(lam..lam + 2)], "ﻻ");
        assert_eq!(find("3.5"), "٣٫٥");
        assert_eq!(n.original_offset(n.as_str().len()), original.len());
    }

    #[test]
    fn normalized_offset_inverts_original_offset() {
        let original = "وَقال بوتين";
        let n = Normalized::new(original);
        let b = original.find("بوتين").unwrap();
        let nb = n.normalized_offset(b);
        assert_eq!(&n.as_str()[nb..], "بوتين");
    }
}
