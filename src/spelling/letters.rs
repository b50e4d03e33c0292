//! Letters from other Arabic-script alphabets that look like Arabic ones (Persian
//! ی and ک, Urdu ہ ھ ۃ, Kurdish ە) and the presentation forms PDFs leave
//! (U+FB50–FDFF, U+FE70–FEFE), each with the Arabic letters it stands for.
//!
//! The letters Arabic writers use on purpose for foreign sounds (پ چ ژ گ ڤ ڭ) are
//! not look-alikes: they are left alone.

use std::ops::Range;

use unicode_normalization::char::decompose_compatible;
use unicode_normalization::UnicodeNormalization;

use crate::analysis::{Code, Diagnostic, Fix};

/// Persian or Urdu yeh: dotted inside a word like ي, dotless at its end like ى.
const FARSI_YEH: char = '\u{06CC}';

/// The Arabic letter a look-alike stands for; `at_end` says whether it ends its
/// word (where Persian ی is drawn without dots, as ى). `None` for Arabic letters and
/// for every other character.
fn look_alike(c: char, at_end: bool) -> Option<char> {
    Some(match c {
        FARSI_YEH if at_end => 'ى',
        FARSI_YEH => 'ي',
        'ک' => 'ك',
        // heh doachashmee, heh goal, ae and heh with yeh above are drawn as heh.
        'ھ' | 'ہ' | 'ە' | 'ۀ' => 'ه',
        'ۃ' => 'ة',
        _ => return None,
    })
}

/// Presentation forms, less the word ligatures and signs written on purpose
/// (ﷺ، ﷲ، ﷼، the basmala: U+FDF0–FDFF).
fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDEF}' | '\u{FE70}'..='\u{FEFE}')
}

/// Is `c` a character this check replaces?
pub fn is_foreign(c: char) -> bool {
    look_alike(c, false).is_some() || (is_presentation_form(c) && has_decomposition(c))
}

fn has_decomposition(c: char) -> bool {
    let mut parts = 0;
    decompose_compatible(c, |p| parts += usize::from(p != c));
    parts > 0
}

/// Push the Arabic letters for `c` to `out`: a look-alike's Arabic letter, a
/// presentation form's compatibility decomposition (NFKC; lam-alef ligatures are
/// two letters, the isolated forms of harakat lose the space they decompose with),
/// any other character as it is.
pub fn push_arabic(c: char, at_end: bool, out: &mut String) {
    if let Some(a) = look_alike(c, at_end) {
        out.push(a);
    } else if is_presentation_form(c) {
        // NFKC: decomposed, then composed again (ﻷ is لأ, not لا and a hamza mark).
        let parts: Vec<char> = std::iter::once(c).nfkc().collect();
        let marks_only = parts.len() > 1 && parts[0] == ' ';
        for p in parts.into_iter().filter(|&p| !(marks_only && p == ' ')) {
            out.push(look_alike(p, at_end).unwrap_or(p));
        }
    } else {
        out.push(c);
    }
}

/// Letters of a word: Arabic-script letters (look-alikes and presentation forms
/// included), their marks, and the joiners that sit inside words.
pub fn is_word_char(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{0620}'..='\u{065F}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}'..='\u{06ED}' | '\u{06FA}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{200C}' | '\u{200D}')
        || (is_presentation_form(c) && !matches!(c, '\u{FD3E}' | '\u{FD3F}'))
}

/// Letters that make a word not Arabic: the zero-width non-joiner Persian writes
/// inside words, and the letters of other alphabets that Arabic has no look-alike
/// or foreign-sound use for (Urdu ٹ ڈ ڑ, Kurdish ڕ ۆ ێ, …). A word with one of them
/// is a word of another language, quoted as written.
pub fn is_other_language(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{0679}'..='\u{0685}' | '\u{0687}'..='\u{0697}' | '\u{0699}'..='\u{06A3}' | '\u{06A5}'..='\u{06A8}' | '\u{06AA}'..='\u{06AC}' | '\u{06AE}' | '\u{06B0}'..='\u{06BD}' | '\u{06BF}' | '\u{06C2}' | '\u{06C4}'..='\u{06CB}' | '\u{06CD}'..='\u{06D3}' | '\u{0750}'..='\u{077F}')
}

/// The text of a word with its look-alikes and presentation forms written in
/// Arabic letters (the word's marks stay).
pub fn arabic_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let last_letter = word
        .char_indices()
        .rev()
        .find(|&(_, c)| !super::is_mark(c))
        .map(|(i, _)| i);
    for (i, c) in word.char_indices() {
        push_arabic(c, Some(i) == last_letter, &mut out);
    }
    out
}

/// `foreign-letter`: one diagnostic per Arabic word holding a look-alike letter or
/// a presentation form; its range is the whole word as written (clitics and marks
/// included).
pub fn check(text: &str, budget: &mut super::Budget) -> Vec<Diagnostic> {
    let words = flagged_words(text);
    let all = budget.all_in_document(text, &words, arabic_word);
    words
        .iter()
        .map(|w| diagnostic(text, w.clone(), all.clone()))
        .collect()
}

/// The words to flag, in text order. Only a few bytes can start a look-alike or a
/// presentation form (0xDA, 0xDB: U+0680–06FF; 0xEF: U+F000–FFFF), so the text is
/// scanned for those bytes, not decoded.
fn flagged_words(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut words: Vec<Range<usize>> = Vec::new();
    let mut from = 0;
    while let Some(skip) = memchr::memchr3(0xDA, 0xDB, 0xEF, &bytes[from..]) {
        let at = from + skip;
        let Some(c) = text.get(at..).and_then(|t| t.chars().next()) else {
            break;
        };
        from = at + c.len_utf8();
        if !is_foreign(c) {
            continue;
        }
        let word = word_around(text, at, from);
        from = from.max(word.end);
        if text[word.clone()].chars().any(is_other_language) {
            continue;
        }
        words.push(word);
    }
    words
}

/// The run of word characters around the character at `start..end`.
fn word_around(text: &str, start: usize, end: usize) -> Range<usize> {
    let before = text[..start]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c))
        .last()
        .map_or(start, |(i, _)| i);
    let after = text[end..]
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(text.len(), |(i, _)| end + i);
    before..after
}

fn diagnostic(text: &str, range: Range<usize>, all: Option<(Range<usize>, String)>) -> Diagnostic {
    let word = &text[range.clone()];
    let fixed = arabic_word(word);
    let mut codes: Vec<String> = Vec::new();
    for c in word.chars().filter(|&c| is_foreign(c)) {
        let code = format!("U+{:04X}", c as u32);
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    let one = Fix {
        title: format!("اكتب «{fixed}» بالحروف العربية — use Arabic letters in this word"),
        range: range.clone(),
        replacement: fixed.clone(),
    };
    Diagnostic {
        code: Code::ForeignLetter,
        severity: Code::ForeignLetter.default_severity(),
        message: format!(
            "حرف من أبجدية أخرى يشبه حرفًا عربيًا في «{word}» ({})، وبالحروف العربية «{fixed}» — a letter from another alphabet (Persian, Urdu, a PDF presentation form) that looks like an Arabic one",
            codes.join(" ")
        ),
        range,
        related: Vec::new(),
        fixes: super::fixes(one, all, || {
            "اكتب هذه الكلمات كلها بالحروف العربية في المقال — use Arabic letters everywhere in the article".to_string()
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persian_and_urdu_look_alikes_become_arabic_letters() {
        assert_eq!(arabic_word("کوریا"), "كوريا");
        assert_eq!(arabic_word("الشمالیة"), "الشمالية");
        assert_eq!(arabic_word("موسی"), "موسى");
        assert_eq!(arabic_word("ھذہ"), "هذه");
        assert_eq!(arabic_word("مدرسۃ"), "مدرسة");
    }

    #[test]
    fn presentation_forms_decompose() {
        // ﻗﺎﻝ, the lam-alef ligature ﻻ, and a final Farsi yeh form.
        assert_eq!(arabic_word("\u{FED7}\u{FE8E}\u{FEDD}"), "قال");
        assert_eq!(arabic_word("\u{FEFB}"), "لا");
        assert_eq!(arabic_word("ا\u{FEF7}حمر"), "الأحمر");
        assert_eq!(arabic_word("عل\u{FBFD}"), "على");
        // An isolated fatha form is the fatha, without the space it decomposes to.
        assert_eq!(arabic_word("ق\u{FE76}"), "ق\u{064E}");
    }

    fn flagged(text: &str) -> Vec<&str> {
        flagged_words(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn one_word_per_run_of_letters_with_its_clitics_and_marks() {
        assert_eq!(
            flagged("زار وفدٌ کوریا الشمالیة وبکین."),
            ["کوریا", "الشمالیة", "وبکین"]
        );
        assert_eq!(flagged("مَدرَسۃٌ"), ["مَدرَسۃٌ"]);
        assert!(flagged("قال بوتين إن ﷺ چاي").is_empty());
    }

    #[test]
    fn words_of_another_language_are_left_as_written() {
        // ZWNJ inside a Persian verb, Urdu ٹ.
        assert!(flagged("می\u{200C}گوید ٹیکس").is_empty());
    }

    #[test]
    fn foreign_sound_letters_and_arabic_letters_are_not_foreign() {
        for c in ['پ', 'چ', 'ژ', 'گ', 'ڤ', 'ڭ', 'ي', 'ى', 'ك', 'ه', 'ة', 'ا'] {
            assert!(!is_foreign(c), "{c}");
        }
        for c in ['ی', 'ک', 'ە', 'ۀ', 'ہ', 'ھ', 'ۃ', '\u{FEFB}', '\u{FB8E}'] {
            assert!(is_foreign(c), "{c}");
        }
        // The byte-order mark and the ornate parentheses are no letters; ﷺ is
        // written on purpose.
        assert!(!is_foreign('\u{FEFF}') && !is_foreign('\u{FD3E}') && !is_foreign('\u{FDFA}'));
    }
}
