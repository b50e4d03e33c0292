//! Lines around an article that are never analysed for claims: `المصدر:`،
//! `كلمات دلالية:`، `اقرأ أيضاً` and the list items under such a heading.

use std::ops::Range;

use super::lexicon::Phrase;
use super::words::{is_alphanumeric, Vocabulary, WordId, UNKNOWN};
use super::Lexicon;
use crate::text::{normalize, Document};

#[derive(Debug, Default)]
pub struct Boilerplate {
    /// Byte ranges of skipped lines.
    pub skipped: Vec<Range<usize>>,
    /// What follows `المصدر:`.
    pub outlet: Option<String>,
}

impl Boilerplate {
    pub fn skips(&self, offset: usize) -> bool {
        self.skipped
            .iter()
            .any(|r| r.start <= offset && offset < r.end)
    }
}

/// Line ranges (without the break), blank lines included.
fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('\n') {
        let end = if i > start && text.as_bytes()[i - 1] == b'\r' {
            i - 1
        } else {
            i
        };
        out.push(start..end);
        start = i + 1;
    }
    out.push(start..text.len());
    out
}

/// The first `enough` normalised words of a line (all when it has fewer), bullets
/// and punctuation other than `:` dropped. Normalising folds one character at a
/// time and keeps whitespace as whitespace, so the line is read a whitespace-ended
/// piece at a time and only as far as needed: article lines are long.
fn words(line: &str, lexicon: &Lexicon, enough: usize) -> Vec<String> {
    let mut s = line.trim_start();
    for b in &lexicon.bullets {
        if let Some(rest) = s.strip_prefix(b.as_str()) {
            s = rest.trim_start();
            break;
        }
    }
    let mut out = Vec::new();
    for piece in s.split_inclusive(char::is_whitespace) {
        if out.len() >= enough {
            break;
        }
        let n = normalize(&piece.replace(':', " : "));
        out.extend(
            n.split(' ')
                .filter(|w| !w.is_empty())
                .map(|w| {
                    w.trim_matches(|c: char| !is_alphanumeric(c) && c != ':')
                        .to_string()
                })
                .filter(|w| !w.is_empty()),
        );
    }
    out
}

/// Does the line start with one of the headings, followed by `:` or nothing?
/// `ids`: the line's words as lexicon ids. Returns the number of words read after
/// the heading (and its colon): zero when nothing follows it.
fn heading(words: &[String], ids: &[WordId], headings: &[Phrase]) -> Option<usize> {
    for h in headings {
        if ids.len() >= h.len() && ids[..h.len()] == h[..] {
            let rest = &words[h.len()..];
            match rest.first().map(String::as_str) {
                None => return Some(0),
                Some(":") => return Some(rest.len() - 1),
                _ => {}
            }
        }
    }
    None
}

fn ids(words: &[String], vocab: &Vocabulary) -> Vec<WordId> {
    words.iter().map(|w| vocab.get(w)).collect()
}

/// A list item has at most this many words; a longer line is a prose paragraph.
const LIST_ITEM_WORDS: usize = 15;

/// Where the list starting at line `from` ends: at a blank line, a prose paragraph
/// or a new title (a short unbulleted line with prose right under it). Pasted web
/// text separates paragraphs by a single line break, so the list must not run on
/// to the next blank line.
fn list_end(text: &str, all: &[Range<usize>], from: usize, lexicon: &Lexicon) -> usize {
    let mut i = from;
    while i < all.len() {
        let line = &text[all[i].clone()];
        if line.trim().is_empty() || is_prose(line, lexicon) {
            break;
        }
        let next_is_prose = all
            .get(i + 1)
            .is_some_and(|n| is_prose(&text[n.clone()], lexicon));
        if next_is_prose && !is_bulleted(line, lexicon) {
            break;
        }
        i += 1;
    }
    i
}

fn is_bulleted(line: &str, lexicon: &Lexicon) -> bool {
    let s = line.trim_start();
    lexicon.bullets.iter().any(|b| s.starts_with(b.as_str()))
}

/// A prose paragraph, not a list item: more than [`LIST_ITEM_WORDS`] words or,
/// unless bulleted, a full stop at its end or a reporting verb opening it as
/// narration does (وأفادت مصادر …، قال الوزير …); a headline puts its noun first.
fn is_prose(line: &str, lexicon: &Lexicon) -> bool {
    let line = line.trim();
    if line.split_whitespace().nth(LIST_ITEM_WORDS).is_some() {
        return true;
    }
    if is_bulleted(line, lexicon) {
        return false;
    }
    if line.ends_with('.') {
        return true;
    }
    let Some(first) = words(line, lexicon, 1).into_iter().next() else {
        return false;
    };
    let verb_form = |w: &str| lexicon.forms.get(w).map(Vec::as_slice);
    let past = |w: &str| {
        verb_form(w).is_some_and(|forms| {
            forms
                .iter()
                .any(|f| !f.slot.is_present() && !f.slot.is_participle())
        })
    };
    let after_conjunction = first.strip_prefix('و').or_else(|| first.strip_prefix('ف'));
    past(&first) || after_conjunction.is_some_and(|w| verb_form(w).is_some())
}

pub fn scan(doc: &Document, lexicon: &Lexicon) -> Boilerplate {
    let text = doc.text;
    let mut out = Boilerplate::default();
    let all = lines(text);
    // A heading, its colon and one word after it: the most words a line is read for.
    let longest = lexicon
        .outlet
        .iter()
        .chain(lexicon.headings.iter())
        .map(Vec::len)
        .max()
        .unwrap_or(0);
    let enough = longest + 2;
    let mut i = 0;
    while i < all.len() {
        let line = all[i].clone();
        let content = &text[line.clone()];
        if content.len() > 2000 {
            i += 1;
            continue;
        }
        // Only a line whose first word can start a heading is read further.
        let first = words(content, lexicon, 1)
            .first()
            .map_or(UNKNOWN, |w| lexicon.vocab.get(w));
        if lexicon.vocab.starts(first) & (lexicon.outlet.bit | lexicon.headings.bit) == 0 {
            i += 1;
            continue;
        }
        let w = words(content, lexicon, enough);
        let ids = ids(&w, &lexicon.vocab);
        if let Some(after) = heading(&w, &ids, &lexicon.outlet) {
            if after > 0 {
                out.skipped.push(line.clone());
                if out.outlet.is_none() {
                    let value = content
                        .split_once(':')
                        .map(|(_, v)| v.trim().to_string())
                        .unwrap_or_default();
                    out.outlet = Some(value);
                }
            }
            i += 1;
            continue;
        }
        let Some(after) = heading(&w, &ids, &lexicon.headings) else {
            i += 1;
            continue;
        };
        out.skipped.push(line);
        i += 1;
        if after > 0 {
            continue;
        }
        // A bare heading: the list under it (after any blank lines) is skipped.
        while i < all.len() && text[all[i].clone()].trim().is_empty() {
            i += 1;
        }
        let end = list_end(text, &all, i, lexicon);
        out.skipped.extend(all[i..end].iter().cloned());
        i = end;
    }
    out
}
