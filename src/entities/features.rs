//! The tagger's features: one function from a token and its neighbours in the
//! [`Table`] to hashed feature ids, shared by training and inference so the two
//! can never drift apart.
//!
//! Every feature is a template number and a value (a word, a suffix, a list, a
//! knowledge-base mark …) hashed together with FNV-1a, written out here rather than
//! taken from a crate: a model file is only valid for the exact hash it was trained
//! with. [`VERSION`] names this feature set; a model trained on another is refused.

use super::lexicon::Lists;
use super::table::{Place, Table};
use crate::kb::EntityType;
use crate::text::tokens::TokenKind;

/// Bump when a template or the hash changes: models record it.
pub const VERSION: u32 = 1;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// The hash of a string, computed once per token and combined with templates.
fn hash_str(s: &str) -> u64 {
    fnv(FNV_OFFSET, s.as_bytes())
}

/// A template and a value, mixed into one 32-bit feature id.
fn feature(template: u8, value: u64) -> u32 {
    let h = fnv(value ^ FNV_OFFSET, &[template]);
    // Fold the high bits in: the model keeps only the low bits of the id.
    (h ^ (h >> 29) ^ (h >> 47)) as u32
}

/// What is hashed once per token and read by its neighbours' templates.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct TokenHashes {
    word: u64,
    /// The shortest clitic reading's standalone form's stem (والرئيس -> رئيس).
    stem: u64,
    shape: u64,
    lists: Lists,
    kb: u64,
    /// Hashes of the stem's first 2, 3, 4 letters and the word's last 1-4 (0: the
    /// word is too short).
    affixes: [u64; 7],
    /// Between « and » (or curly quotes), within a few tokens of the opening.
    quoted: bool,
}

/// Templates. Neighbour templates are numbered apart by offset.
mod t {
    pub const BIAS: u8 = 0;
    pub const WORD: u8 = 1; // +offset 1..=5 for -2..=+2 (see `at`)
    pub const STEM: u8 = 10;
    pub const SHAPE: u8 = 20;
    pub const KB: u8 = 30;
    pub const BIGRAM_BEFORE: u8 = 40;
    pub const BIGRAM_AFTER: u8 = 41;
    pub const PREFIX2: u8 = 42;
    pub const PREFIX3: u8 = 43;
    pub const SUFFIX1: u8 = 44;
    pub const SUFFIX2: u8 = 45;
    pub const SUFFIX3: u8 = 46;
    pub const READING: u8 = 47;
    pub const PREFIX4: u8 = 49;
    pub const SUFFIX4: u8 = 50;
    pub const STEM_BIGRAM: u8 = 51;
    pub const CONTEXT_BEFORE: u8 = 52;
    pub const TITLE_BEFORE: u8 = 53;
    pub const SHAPE_WORD: u8 = 54;
    pub const DEMONYM: u8 = 55; // +offset 0..=2
    pub const LISTS: u8 = 60; // 60 + 5 offsets
    pub const QUOTED: u8 = 70;
    pub const LIST_KB: u8 = 71;
}

/// The offsets of the neighbour templates, -2..=+2.
const OFFSETS: [isize; 5] = [-2, -1, 0, 1, 2];

/// How far back an opening quote still makes a token quoted.
const QUOTE_REACH: usize = 12;

pub(super) fn hashes(table: &Table) -> Vec<TokenHashes> {
    let mut opened: Option<usize> = None;
    (0..table.len())
        .map(|i| {
            let mut h = token_hashes(table, i);
            h.quoted = opened.is_some_and(|o| i - o <= QUOTE_REACH);
            match table.words[i] {
                "«" | "“" => opened = Some(i),
                "»" | "”" => opened = None,
                _ => {}
            }
            h
        })
        .collect()
}

fn token_hashes(table: &Table, i: usize) -> TokenHashes {
    let word = table.words[i];
    // The last reading strips the most clitics (the table read them once).
    let stem = table.readings[i]
        .iter()
        .last()
        .and_then(|r| word.get(usize::from(r.stem_start)..))
        .unwrap_or(word);
    TokenHashes {
        word: hash_str(word),
        stem: hash_str(stem),
        affixes: affixes(word, stem),
        quoted: false,
        shape: shape(table, i),
        lists: table.lists(i),
        kb: table.mark(i).map_or(0, |m| {
            let place = match m.place {
                Place::Single => 1,
                Place::Begin => 2,
                Place::Inside => 3,
                Place::End => 4,
            };
            let kind = match m.kind {
                EntityType::Person => 1,
                EntityType::Organization => 2,
                EntityType::Location => 3,
            };
            place | kind << 4 | u64::from(m.generated) << 8 | u64::from(m.unlicensed) << 9
        }),
    }
}

/// Script, the article, and length in three bands.
fn shape(table: &Table, i: usize) -> u64 {
    let word = table.words[i];
    let kind = match table.kind(i) {
        Some(TokenKind::Arabic) => 1,
        Some(TokenKind::Latin) => 2,
        Some(TokenKind::Number) => 3,
        Some(TokenKind::Punct) => match word {
            "«" | "\"" | "“" | "”" | "»" => 5,
            "." | "؟" | "?" | "!" => 6,
            "،" | "," | "؛" | ";" | ":" => 7,
            _ => 4,
        },
        None => 0,
    };
    let letters = word.chars().count();
    let length = match letters {
        0..=2 => 0,
        3..=4 => 1,
        5..=7 => 2,
        _ => 3,
    };
    let article = u64::from(word.starts_with("ال"));
    kind | length << 4 | article << 6
}

/// Feature ids of token `i`, appended to `out`.
pub(super) fn token_features(table: &Table, h: &[TokenHashes], i: usize, out: &mut Vec<u32>) {
    let at = |offset: isize| i.checked_add_signed(offset).and_then(|j| h.get(j));
    out.push(feature(t::BIAS, 0));
    for (k, &offset) in OFFSETS.iter().enumerate() {
        let k = k as u8;
        match at(offset) {
            Some(n) => {
                out.push(feature(t::WORD + k, n.word));
                out.push(feature(t::SHAPE + k, n.shape));
                out.push(feature(t::STEM + k, n.stem));
                if n.kb != 0 {
                    out.push(feature(t::KB + k, n.kb));
                }
                list_features(n.lists, t::LISTS + k, out);
            }
            None => out.push(feature(t::WORD + k, 1)),
        }
    }
    let this = h[i];
    // Conjunctions of two tokens' values: (template, value), when both exist.
    let pair = |x: u64, y: u64, rotate: u32| x ^ y.rotate_left(rotate);
    let (before, two_before, after) = (at(-1), at(-2), at(1));
    let pairs = [
        (
            t::BIGRAM_BEFORE,
            before.map(|b| pair(b.word, this.word, 17)),
        ),
        (t::BIGRAM_AFTER, after.map(|a| pair(this.word, a.word, 17))),
        (t::STEM_BIGRAM, before.map(|b| pair(b.stem, this.stem, 17))),
        (
            t::CONTEXT_BEFORE,
            two_before
                .zip(before)
                .map(|(t2, b)| pair(t2.stem, b.stem, 17)),
        ),
        (t::SHAPE_WORD, after.map(|a| pair(this.shape, a.word, 9))),
    ];
    for (template, value) in pairs {
        if let Some(value) = value {
            out.push(feature(template, value));
        }
    }
    title_features(h, i, out);
    affix_features(&this, out);
    reading_features(table, i, out);
    for (k, offset) in [-1isize, 0, 1].into_iter().enumerate() {
        if let Some(Some(country)) = i.checked_add_signed(offset).map(|j| table.demonym.get(j)) {
            out.push(feature(t::DEMONYM + k as u8, u64::from(country.is_some())));
        }
    }
    if this.kb != 0 && !this.lists.is_empty() {
        out.push(feature(
            t::LIST_KB,
            this.kb ^ u64::from(this.lists.bits()) << 12,
        ));
    }
    if this.quoted {
        out.push(feature(t::QUOTED, 1));
    }
}

/// A title word one to four tokens back (وزير العدل الفلاني X): how far.
fn title_features(h: &[TokenHashes], i: usize, out: &mut Vec<u32>) {
    for back in 1..=4 {
        let Some(n) = i.checked_sub(back).and_then(|j| h.get(j)) else {
            return;
        };
        if n.lists.any(Lists::TITLES) {
            out.push(feature(t::TITLE_BEFORE, back as u64));
            return;
        }
    }
}

/// One feature per list the token is on.
fn list_features(lists: Lists, template: u8, out: &mut Vec<u32>) {
    let mut bits = lists.bits();
    while bits != 0 {
        let bit = bits.trailing_zeros();
        out.push(feature(template, u64::from(bit)));
        bits &= bits - 1;
    }
}

/// The first two to four letters of the stem and the last one to four of the
/// word: the article, clitics, feminine and nisba endings, plural suffixes.
fn affixes(word: &str, stem: &str) -> [u64; 7] {
    let prefix = |n: usize| {
        stem.char_indices()
            .nth(n)
            .map_or(0, |(b, _)| hash_str(&stem[..b]))
    };
    let count = word.chars().take(5).count();
    let suffix = |n: usize| {
        if count <= n {
            return 0;
        }
        let start = word.char_indices().rev().nth(n - 1).map_or(0, |(b, _)| b);
        hash_str(&word[start..])
    };
    [
        prefix(2),
        prefix(3),
        prefix(4),
        suffix(1),
        suffix(2),
        suffix(3),
        suffix(4),
    ]
}

const AFFIX_TEMPLATES: [u8; 7] = [
    t::PREFIX2,
    t::PREFIX3,
    t::PREFIX4,
    t::SUFFIX1,
    t::SUFFIX2,
    t::SUFFIX3,
    t::SUFFIX4,
];

fn affix_features(h: &TokenHashes, out: &mut Vec<u32>) {
    for (&template, &value) in AFFIX_TEMPLATES.iter().zip(&h.affixes) {
        if value != 0 {
            out.push(feature(template, value));
        }
    }
}

/// The clitics the token's readings offer (و، ب، ال …), as one feature each.
fn reading_features(table: &Table, i: usize, out: &mut Vec<u32>) {
    let Some(readings) = table.readings.get(i) else {
        return;
    };
    for r in readings.iter() {
        let value = u64::from(r.prefix) | u64::from(r.article) << 8;
        if value != 0 {
            out.push(feature(t::READING, value));
        }
    }
}
