//! Words as numbers. Every word of the lexicon's phrases and word sets gets an id
//! when the lexicon is compiled ([`Vocabulary`]); a document's tokens are looked up
//! once, with their clitic readings ([`Words`]). Matching a phrase is then comparing
//! integers, and a token knows at once which phrase lists can start on it and which
//! word sets hold it, instead of hashing its readings again for every list.

// FxHash: the table holds lexicon words only (never document text), so a document
// cannot force collisions; it is looked up for every token.
use rustc_hash::FxHashMap;

use crate::text::tokens::is_arabic_letter;
use crate::text::{Document, FormId, TokenKind};

/// A lexicon word's id.
pub type WordId = u32;

/// The id of every word the lexicon does not know: it equals no lexicon word.
pub const UNKNOWN: WordId = WordId::MAX;

/// The lexicon's words, each with the phrase lists that have an entry starting
/// with it and the word sets that hold it (one bit per list or set).
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    ids: FxHashMap<String, WordId>,
    /// By id: [`PhraseList::bit`](super::lexicon::PhraseList) of the lists with an
    /// entry starting with the word, and the attribution phrases' bit.
    starts: Vec<u64>,
    /// By id: [`WordSet::bit`](super::lexicon::WordSet) of the sets holding the word.
    sets: Vec<u64>,
}

impl Vocabulary {
    /// The id of a normalised word, given a new one if it has none yet.
    pub fn intern(&mut self, word: &str) -> WordId {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        // A lexicon has a few thousand words: never near `UNKNOWN`.
        let id = self.starts.len() as WordId;
        self.ids.insert(word.to_string(), id);
        self.starts.push(0);
        self.sets.push(0);
        id
    }

    /// The id of a normalised word, or [`UNKNOWN`].
    pub fn get(&self, word: &str) -> WordId {
        self.ids.get(word).copied().unwrap_or(UNKNOWN)
    }

    /// Record that a phrase list (or the attribution phrases) has an entry starting
    /// with `id`.
    pub fn mark_start(&mut self, id: WordId, bit: u64) {
        if let Some(bits) = self.starts.get_mut(id as usize) {
            *bits |= bit;
        }
    }

    /// Record that a word set holds `id`.
    pub fn mark_set(&mut self, id: WordId, bit: u64) {
        if let Some(bits) = self.sets.get_mut(id as usize) {
            *bits |= bit;
        }
    }

    /// The phrase lists (bits) with an entry starting with `id`.
    pub fn starts(&self, id: WordId) -> u64 {
        self.starts.get(id as usize).copied().unwrap_or(0)
    }

    fn sets(&self, id: WordId) -> u64 {
        self.sets.get(id as usize).copied().unwrap_or(0)
    }
}

/// One token as the lexicon sees it.
#[derive(Debug, Clone, Copy)]
struct Entry {
    /// The normalised token's id.
    id: WordId,
    /// Where its other readings are in [`Words::readings`].
    readings: (u32, u32),
    /// The lists that can start on the token, read with or without its proclitics.
    starts: u64,
    /// The sets holding the token, read with or without its proclitics.
    sets: u64,
    /// The sets holding the token as written.
    written_sets: u64,
}

/// A document's tokens as lexicon words, looked up once per document.
#[derive(Debug, Clone)]
pub struct Words {
    entries: Vec<Entry>,
    /// Past the last token the text reads as "" (as `Reader::n` does): a user's
    /// word set may hold it.
    past_end: Entry,
    /// The ids of the tokens' readings without proclitics (the article kept as ال),
    /// in [`crate::text::tokens::clitic_splits`] order: only readings the lexicon knows and that differ
    /// from the token as written, the only ones that can match anything more.
    readings: Vec<WordId>,
}

impl Words {
    pub fn new(doc: &Document, vocab: &Vocabulary) -> Words {
        let nothing = vocab.get("");
        let mut words = Words {
            entries: Vec::with_capacity(doc.tokens.len()),
            past_end: Entry {
                id: nothing,
                readings: (0, 0),
                starts: vocab.starts(nothing),
                sets: vocab.sets(nothing),
                written_sets: vocab.sets(nothing),
            },
            readings: Vec::new(),
        };
        // Each distinct form is looked up once; its tokens copy its entry.
        let forms = &doc.forms;
        let by_form: Vec<Entry> = (0..forms.len() as FormId)
            .map(|f| words.look_up(doc, f, vocab))
            .collect();
        words.entries.extend(
            forms
                .of_tokens()
                .iter()
                .map(|&f| by_form.get(f as usize).copied().unwrap_or(words.past_end)),
        );
        words
    }

    /// The entry of form `f`, its readings appended to [`Words::readings`].
    fn look_up(&mut self, doc: &Document, f: FormId, vocab: &Vocabulary) -> Entry {
        let word = doc.forms.text(doc.normalized.as_str(), f);
        let id = vocab.get(word);
        let mut entry = Entry {
            id,
            readings: (self.readings.len() as u32, 0),
            starts: vocab.starts(id),
            sets: vocab.sets(id),
            written_sets: vocab.sets(id),
        };
        // Only Arabic words carry proclitics.
        if doc.forms.kind(f) == Some(TokenKind::Arabic) {
            for split in doc.forms.readings(f).iter() {
                if split.stem_start == 0 && !split.article {
                    // The word as written: looked up above.
                    continue;
                }
                // A reading with the article is spelt out (ال + stem) for the lookup.
                let reading = split.with_standalone(word, |w| vocab.get(w));
                if reading != UNKNOWN && reading != id {
                    self.readings.push(reading);
                    entry.starts |= vocab.starts(reading);
                    entry.sets |= vocab.sets(reading);
                }
            }
        }
        entry.readings.1 = self.readings.len() as u32;
        entry
    }

    #[inline]
    fn entry(&self, i: usize) -> &Entry {
        self.entries.get(i).unwrap_or(&self.past_end)
    }

    /// Token `i`'s id as written.
    #[inline]
    pub fn id(&self, i: usize) -> WordId {
        self.entry(i).id
    }

    /// Token `i`'s other readings the lexicon knows.
    #[inline]
    pub fn readings(&self, i: usize) -> &[WordId] {
        let (from, to) = self.entry(i).readings;
        self.readings.get(from as usize..to as usize).unwrap_or(&[])
    }

    /// Token `i`, read with or without its proclitics, is `word`.
    #[inline]
    pub fn reads_as(&self, i: usize, word: WordId) -> bool {
        word != UNKNOWN && (self.id(i) == word || self.readings(i).contains(&word))
    }

    /// The lists (bits) with an entry that can start on token `i`.
    #[inline]
    pub fn starts(&self, i: usize) -> u64 {
        self.entry(i).starts
    }

    /// Is token `i`, read with or without its proclitics, in the set with `bit`?
    #[inline]
    pub fn in_set(&self, i: usize, bit: u64) -> bool {
        self.entry(i).sets & bit != 0
    }

    /// Is token `i` as written in the set with `bit`?
    #[inline]
    pub fn written_in(&self, i: usize, bit: u64) -> bool {
        self.entry(i).written_sets & bit != 0
    }
}

/// `char::is_alphanumeric`, answering Arabic letters before its Unicode table
/// search (every Arabic letter is alphabetic: tested below), which is slow enough
/// to show when every character of a sentence is asked.
pub fn is_alphanumeric(c: char) -> bool {
    is_arabic_letter(c) || c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::Lexicon;

    #[test]
    fn a_token_reads_as_its_stem_without_proclitics() {
        let lex = Lexicon::embedded();
        let doc = Document::new("والتكهنات وهذه");
        let words = Words::new(&doc, &lex.vocab);
        let hedge = lex.vocab.get("التكهنات");
        assert_ne!(hedge, UNKNOWN);
        assert_eq!(words.id(0), lex.vocab.get("والتكهنات"));
        assert!(words.reads_as(0, hedge));
        assert!(words.starts(0) & lex.hedge_nouns.bit != 0);
        // هذه without its و is a demonstrative; وهذه as written is not.
        assert!(words.in_set(1, lex.demonstratives.bit));
        assert!(!words.written_in(1, lex.demonstratives.bit));
        // Past the last token nothing is read.
        assert!(!words.reads_as(2, hedge));
        assert_eq!(words.starts(2), 0);
    }

    #[test]
    fn the_arabic_shortcut_agrees_with_char_is_alphanumeric() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
