//! Paragraphs, sentences and quotations, as claims.md defines them.
//!
//! Sentences end at `.` `!` `?` `؟` `؛` `…` and at line breaks, but never inside a
//! quotation, inside a number (3.5, ٣٫٥), after an abbreviation or an initial (د.،
//! أ.د.، U.S.) or inside a URL. A quotation that runs over several sentences belongs
//! to the sentence that opens it; a line break closes any quotation left open.
//! Paragraphs are separated by blank lines.

use std::ops::Range;

use super::tokens::is_arabic_letter;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range, trimmed of surrounding whitespace, terminator included.
    pub range: Range<usize>,
    /// Index into [`Segmentation::paragraphs`].
    pub paragraph: usize,
    /// The character that ended it (`.`, `؛`, …), or `None` at a line break or the
    /// end of the text.
    pub terminator: Option<char>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Byte range including the quotation marks.
    pub range: Range<usize>,
    /// Byte range of the quoted words.
    pub inner: Range<usize>,
    /// Index of the sentence that opens it.
    pub sentence: usize,
    /// False when the line ended before the closing mark.
    pub closed: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmentation {
    pub paragraphs: Vec<Range<usize>>,
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quote>,
}

impl Segmentation {
    /// The index of the sentence containing a byte offset, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.range.end <= offset);
        (i < self.sentences.len() && self.sentences[i].range.start <= offset).then_some(i)
    }

    /// Quotations opened in a sentence.
    pub fn quotes_in(&self, sentence: usize) -> impl Iterator<Item = &Quote> {
        self.quotes.iter().filter(move |q| q.sentence == sentence)
    }
}

const TERMINATORS: [char; 6] = ['.', '!', '?', '؟', '؛', '…'];

/// The closing mark for an opening one.
fn closer_of(open: char) -> Option<char> {
    match open {
        '«' => Some('»'),
        '“' => Some('”'),
        '„' => Some('“'),
        '‹' => Some('›'),
        '"' => Some('"'),
        // Arabic texts sometimes open with the "closing" English mark.
        '”' => Some('“'),
        _ => None,
    }
}

fn closes(open: char, c: char) -> bool {
    closer_of(open) == Some(c) || (open == '„' && c == '”') || (open == '”' && c == '”')
}

/// Split a text into paragraphs, sentences and quotations.
pub fn segment(text: &str) -> Segmentation {
    let mut seg = Segmentation::default();
    let mut paragraph_open = false;
    for line in lines(text) {
        let content = trim_range(text, line.clone());
        if content.is_empty() {
            paragraph_open = false;
            continue;
        }
        if !paragraph_open {
            seg.paragraphs.push(content.clone());
            paragraph_open = true;
        } else if let Some(p) = seg.paragraphs.last_mut() {
            p.end = content.end;
        }
        let paragraph = seg.paragraphs.len() - 1;
        segment_line(text, content, paragraph, &mut seg);
    }
    seg
}

/// Byte ranges of lines (without their breaks); a break is \n, \r\n or \r.
fn lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    std::iter::from_fn(move || {
        if start > bytes.len() {
            return None;
        }
        while i < bytes.len() {
            let b = bytes[i];
            if b == b'\n' || b == b'\r' {
                let line = start..i;
                i += if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                start = i;
                return Some(line);
            }
            i += 1;
        }
        let line = start..bytes.len();
        start = bytes.len() + 1;
        Some(line)
    })
}

fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let start = range.start + (s.len() - s.trim_start().len());
    let end = range.start + s.trim_end().len();
    start..end.max(start)
}

fn segment_line(text: &str, line: Range<usize>, paragraph: usize, seg: &mut Segmentation) {
    let s = &text[line.clone()];
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut sentence_start = line.start;
    let first_quote = seg.quotes.len();
    let mut chars = s.char_indices().peekable();
    let push_sentence = |seg: &mut Segmentation, start: usize, end: usize, terminator| {
        let range = trim_range(text, start..end);
        if !range.is_empty() {
            seg.sentences.push(Sentence {
                range,
                paragraph,
                terminator,
            });
        }
    };
    while let Some((i, c)) = chars.next() {
        let at = line.start + i;
        if let Some(&(top, top_at)) = open.last() {
            if closes(top, c) {
                open.pop();
                if open.is_empty() {
                    seg.quotes.push(Quote {
                        range: top_at..at + c.len_utf8(),
                        inner: top_at + top.len_utf8()..at,
                        sentence: seg.sentences.len(),
                        closed: true,
                    });
                }
                continue;
            }
        }
        if closer_of(c).is_some() && (c != '"' || open.last().map(|o| o.0) != Some('"')) {
            // ” opens only when nothing is open: otherwise it is a stray closer.
            if c != '”' || open.is_empty() {
                open.push((c, at));
                continue;
            }
        }
        if !open.is_empty() || !TERMINATORS.contains(&c) {
            continue;
        }
        if c == '.' && !is_full_stop(s, i) {
            continue;
        }
        // Take a run of terminators (؟! ... ?!) and the closing brackets after it.
        let mut end = at + c.len_utf8();
        while let Some(&(j, next)) = chars.peek() {
            if TERMINATORS.contains(&next) || matches!(next, ')' | ']') {
                end = line.start + j + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        push_sentence(seg, sentence_start, end, Some(c));
        sentence_start = end;
    }
    // A quotation left open at the end of the line runs to the line's end.
    if let Some(&(top, top_at)) = open.first() {
        seg.quotes.push(Quote {
            range: top_at..line.end,
            inner: top_at + top.len_utf8()..line.end,
            sentence: seg.sentences.len(),
            closed: false,
        });
    }
    push_sentence(seg, sentence_start, line.end, None);
    // Quotes opened in the last sentence of the line were numbered before it was
    // pushed; sentences pushed inside the loop were numbered correctly, but a quote
    // may point one past the end when its sentence was empty-trimmed: clamp.
    let last = seg.sentences.len().saturating_sub(1);
    for q in &mut seg.quotes[first_quote..] {
        q.sentence = q.sentence.min(last);
    }
}

/// Whether the `.` at byte `i` of `s` ends a sentence.
fn is_full_stop(s: &str, i: usize) -> bool {
    let before = &s[..i];
    let after = &s[i + 1..];
    let next = after.chars().next();
    let prev = before.chars().next_back();
    // Inside a number (3.5), an initial run (U.S.), a URL or an e-mail address: the
    // next character follows with no space. Wire copy also drops the space after a
    // full stop between two Arabic words ("أخرى.وأكد"): that one still ends.
    if let Some(n) = next {
        if n.is_alphanumeric() {
            let word_before = before
                .chars()
                .rev()
                .take_while(|c| c.is_alphabetic())
                .take(2)
                .collect::<Vec<_>>();
            let arabic_word_before =
                word_before.len() == 2 && word_before.iter().all(|&c| is_arabic_letter(c));
            return is_arabic_letter(n) && arabic_word_before;
        }
    }
    if prev == Some('.') || next == Some('.') {
        // An ellipsis written as three dots ends the sentence at its last dot; two
        // dots are the headline writer's dash ("… الروسية.. أرقام مفاجئة").
        let run = before.chars().rev().take_while(|&c| c == '.').count() + 1;
        return next != Some('.') && run >= 3;
    }
    // An abbreviation: a single letter before the dot (د. م. أ. U.S.).
    let word: Vec<char> = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .take(3)
        .collect();
    let single_letter = word.len() == 1;
    let preceded_by_space_or_start = before
        .chars()
        .rev()
        .nth(word.len())
        .is_none_or(|c| c.is_whitespace() || c == '.' || c == '(');
    if single_letter
        && preceded_by_space_or_start
        && (is_arabic_letter(word[0]) || word[0].is_ascii_uppercase())
    {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        segment(text)
            .sentences
            .iter()
            .map(|s| &text[s.range.clone()])
            .collect()
    }

    #[test]
    fn splits_on_every_terminator() {
        assert_eq!(
            sentences("قال. هل جاء؟ نعم! لا؛ ربما… Why? ok"),
            vec!["قال.", "هل جاء؟", "نعم!", "لا؛", "ربما…", "Why?", "ok"]
        );
    }

    #[test]
    fn line_breaks_end_sentences_in_every_convention() {
        assert_eq!(sentences("أ\nب\r\nج\rد"), vec!["أ", "ب", "ج", "د"]);
    }

    #[test]
    fn never_inside_a_number() {
        assert_eq!(
            sentences("بلغ النمو 3.5 بالمئة و٣٫٥ و12,000 دولار. ثم"),
            vec!["بلغ النمو 3.5 بالمئة و٣٫٥ و12,000 دولار.", "ثم"]
        );
    }

    #[test]
    fn never_after_an_abbreviation_or_inside_a_url() {
        assert_eq!(
            sentences("قال د. أحمد إن أ.د. سالم زار U.S. أمس. انظر example.com/a.b للمزيد."),
            vec![
                "قال د. أحمد إن أ.د. سالم زار U.S. أمس.",
                "انظر example.com/a.b للمزيد."
            ]
        );
        assert_eq!(sentences("ص.ب. 12 عمان. ثم"), vec!["ص.ب. 12 عمان.", "ثم"]);
    }

    #[test]
    fn never_inside_a_quotation() {
        let text = "وأضاف: «هذه المعاهدة مفتوحة. كل شيء واضح». ثم غادر.";
        assert_eq!(
            sentences(text),
            vec!["وأضاف: «هذه المعاهدة مفتوحة. كل شيء واضح».", "ثم غادر."]
        );
        let text = "و يتابع: \"هذه مفتوحة، ولا نقاط سرية فيها. كل شيء مكتوب بوضوح\". بعدها";
        assert_eq!(sentences(text).len(), 2);
        assert_eq!(sentences("قال “نعم. لا” ثم. بعد").len(), 2);
        assert_eq!(sentences("قال „نعم. لا“ ثم. بعد").len(), 2);
        assert_eq!(sentences("قال ‹نعم. لا› ثم. بعد").len(), 2);
    }

    #[test]
    fn a_quotation_belongs_to_the_sentence_that_opens_it() {
        let text = "جاء الوفد. وقال: «نعم. لا. ربما». انتهى.";
        let seg = segment(text);
        assert_eq!(seg.quotes.len(), 1);
        let q = &seg.quotes[0];
        assert_eq!(&text[q.inner.clone()], "نعم. لا. ربما");
        assert_eq!(
            &text[seg.sentences[q.sentence].range.clone()],
            "وقال: «نعم. لا. ربما»."
        );
    }

    #[test]
    fn an_unclosed_quotation_ends_at_the_line_break() {
        let text = "قال: «نعم. لا\nسطر جديد. ثان";
        let seg = segment(text);
        assert_eq!(sentences(text), vec!["قال: «نعم. لا", "سطر جديد.", "ثان"]);
        assert!(!seg.quotes[0].closed);
    }

    #[test]
    fn paragraphs_are_separated_by_blank_lines() {
        let text = "جاء. ذهب.\nعاد.\n\n \nانتهى.";
        let seg = segment(text);
        assert_eq!(seg.paragraphs.len(), 2);
        assert_eq!(&text[seg.paragraphs[0].clone()], "جاء. ذهب.\nعاد.");
        let paragraphs: Vec<usize> = seg.sentences.iter().map(|s| s.paragraph).collect();
        assert_eq!(paragraphs, vec![0, 0, 0, 1]);
    }

    #[test]
    fn a_full_stop_with_no_space_between_arabic_words_still_ends() {
        assert_eq!(
            sentences("في مناطق أخرى.وأكد الوزير"),
            vec!["في مناطق أخرى.", "وأكد الوزير"]
        );
        assert_eq!(sentences("ص.ب. 12 عمان."), vec!["ص.ب. 12 عمان."]);
    }

    #[test]
    fn two_dots_join_a_headline() {
        assert_eq!(
            sentences("صاروخ بعيد المدى.. تهديد مباشر"),
            vec!["صاروخ بعيد المدى.. تهديد مباشر"]
        );
    }

    #[test]
    fn runs_of_terminators_stay_together() {
        assert_eq!(sentences("حقاً؟! نعم... ثم"), vec!["حقاً؟!", "نعم...", "ثم"]);
    }

    #[test]
    fn sentence_at_finds_the_containing_sentence() {
        let text = "جاء الوفد. ثم عاد.";
        let seg = segment(text);
        assert_eq!(seg.sentence_at(text.find("ثم").unwrap()), Some(1));
        assert_eq!(seg.sentence_at(0), Some(0));
    }
}
