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
pub const VERSION: u32 = 4;

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
    /// Hashes of the stem's inner letter trigrams (0: none): how a word is
    /// spelt, for the names no list or base knows (transliterations read
    /// differently from Arabic words).
    trigrams: [u64; TRIGRAMS],
    /// Between « and » (or curly quotes), within a few tokens of the opening.
    quoted: bool,
    /// A place of a country the document names nearby (`KbMark::country_named`).
    country_named: bool,
    /// What the contexts of this stem's occurrences anywhere in the document say
    /// (the bits of [`evidence`]).
    evidence: u8,
}

impl TokenHashes {
    /// The hash of the token's stem (its shortest clitic reading).
    pub(super) fn stem(&self) -> u64 {
        self.stem
    }
}

/// Contexts of a stem, gathered over the whole document: a word after a title or
/// a given name, or before or after a reporting verb somewhere, is likely a name
/// wherever it occurs.
mod evidence {
    pub const AFTER_TITLE: u8 = 1;
    pub const AFTER_REPORTING: u8 = 2;
    pub const BEFORE_REPORTING: u8 = 4;
    pub const AFTER_GIVEN: u8 = 8;
    pub const BEFORE_GIVEN: u8 = 16;
    pub const BITS: u64 = 5;
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
    pub const EVIDENCE: u8 = 72;
    pub const EVIDENCE_BEFORE: u8 = 73;
    pub const LISTS_BEFORE_SHAPE: u8 = 81;
    pub const LISTS_AFTER_SHAPE: u8 = 82;
    pub const CLITIC_LISTS: u8 = 83;
    pub const TRIGRAM: u8 = 84;
    pub const COUNTRY_NAMED: u8 = 85;
}

/// At most this many inner trigrams of a stem are features.
const TRIGRAMS: usize = 6;

/// The offsets of the neighbour templates, -2..=+2.
const OFFSETS: [isize; 5] = [-2, -1, 0, 1, 2];

/// How far back an opening quote still makes a token quoted.
const QUOTE_REACH: usize = 12;

pub(super) fn hashes(table: &Table) -> Vec<TokenHashes> {
    let mut h = token_table(table);
    gather_evidence(table, &mut h);
    h
}

/// How far (in tokens, either way) another occurrence of a stem still lends its
/// context: about an article, so that a long file of many articles reads each on
/// its own.
const EVIDENCE_REACH: u32 = 400;

/// Each stem's contexts within [`EVIDENCE_REACH`], written on every occurrence.
fn gather_evidence(table: &Table, h: &mut [TokenHashes]) {
    // stem -> for each evidence bit, the (sorted) positions that show it.
    let mut seen: rustc_hash::FxHashMap<u64, [Vec<u32>; evidence::BITS as usize]> =
        Default::default();
    let arabic = |i: usize| table.kind(i) == Some(TokenKind::Arabic);
    for i in 0..h.len() {
        let bits = context_bits(h, i);
        if bits == 0 || !arabic(i) || h[i].lists.any(Lists::VOCABULARY) {
            continue;
        }
        let positions = seen.entry(h[i].stem).or_default();
        for (bit, at) in positions.iter_mut().enumerate() {
            if bits & 1 << bit != 0 {
                at.push(i as u32);
            }
        }
    }
    for (i, n) in h.iter_mut().enumerate() {
        let Some(positions) = seen.get(&n.stem).filter(|_| arabic(i)) else {
            continue;
        };
        let (from, to) = (
            (i as u32).saturating_sub(EVIDENCE_REACH),
            i as u32 + EVIDENCE_REACH,
        );
        for (bit, at) in positions.iter().enumerate() {
            let first = at.partition_point(|&p| p < from);
            if at.get(first).is_some_and(|&p| p <= to) {
                n.evidence |= 1 << bit;
            }
        }
    }
}

/// The evidence bits of token `i`'s own context.
fn context_bits(h: &[TokenHashes], i: usize) -> u8 {
    let lists = |j: Option<usize>| {
        j.and_then(|j| h.get(j))
            .map_or(Lists::default(), |n| n.lists)
    };
    let (before, after) = (lists(i.checked_sub(1)), lists(Some(i + 1)));
    [
        (before, Lists::TITLES, evidence::AFTER_TITLE),
        (before, Lists::REPORTING, evidence::AFTER_REPORTING),
        (after, Lists::REPORTING, evidence::BEFORE_REPORTING),
        (before, Lists::GIVEN, evidence::AFTER_GIVEN),
        (after, Lists::GIVEN, evidence::BEFORE_GIVEN),
    ]
    .into_iter()
    .filter(|(lists, list, _)| lists.any(*list))
    .fold(0, |bits, (_, _, bit)| bits | bit)
}

fn token_table(table: &Table) -> Vec<TokenHashes> {
    let mut opened: Option<usize> = None;
    // What depends on the form alone is hashed once per distinct form.
    let forms = table.doc.forms.of_tokens();
    let mut by_form: Vec<Option<TokenHashes>> = vec![None; table.doc.forms.len()];
    (0..table.len())
        .map(|i| {
            let form = by_form.get_mut(forms.get(i).map_or(usize::MAX, |&f| f as usize));
            let mut h = match form {
                Some(slot) => *slot.get_or_insert_with(|| form_hashes(table, i)),
                None => form_hashes(table, i),
            };
            h.kb = kb_hash(table, i);
            h.country_named = table.mark(i).is_some_and(|m| m.country_named);
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

/// The hashes of token `i` that its form alone decides (all but `kb`, `quoted`
/// and `evidence`).
fn form_hashes(table: &Table, i: usize) -> TokenHashes {
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
        trigrams: trigrams(stem),
        quoted: false,
        country_named: false,
        evidence: 0,
        shape: shape(table, i),
        lists: table.lists(i),
        kb: 0,
    }
}

/// Where token `i` stands in a knowledge-base name, of which type.
fn kb_hash(table: &Table, i: usize) -> u64 {
    table.mark(i).map_or(0, |m| {
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
    })
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

/// Feature ids of token `i`, appended to `out`. The first ones, as many as the
/// returned count, are the token's own identity (its word and stem, alone and
/// with a neighbour): training may hide them so that the model also learns to
/// read a name it has never seen from its context and form.
///
/// The same ids as [`form_features`] and [`context_features`] together (the
/// order differs): inference takes the two apart to score a form's own part
/// once per document.
pub(super) fn token_features(
    table: &Table,
    h: &[TokenHashes],
    i: usize,
    out: &mut Vec<u32>,
) -> usize {
    let start = out.len();
    let at = |offset: isize| i.checked_add_signed(offset).and_then(|j| h.get(j));
    own_identity(&h[i], out);
    neighbour_identity(&h[i], at(-1), at(1), out);
    let identity = out.len() - start;
    form_rest(table, &h[i], i, out);
    context_rest(table, h, i, out);
    identity
}

/// What the token's form alone decides: its word and stem, shape, lists,
/// affixes, trigrams and clitic readings. Equal forms have equal ids here.
pub(super) fn form_features(table: &Table, h: &[TokenHashes], i: usize, out: &mut Vec<u32>) {
    own_identity(&h[i], out);
    form_rest(table, &h[i], i, out);
}

/// What depends on the token's place: its neighbours (and its word and stem with
/// them), the knowledge-base mark, quotes and the document's evidence.
pub(super) fn context_features(table: &Table, h: &[TokenHashes], i: usize, out: &mut Vec<u32>) {
    let at = |offset: isize| i.checked_add_signed(offset).and_then(|j| h.get(j));
    neighbour_identity(&h[i], at(-1), at(1), out);
    context_rest(table, h, i, out);
}

/// The context's features past the two-word identity.
fn context_rest(table: &Table, h: &[TokenHashes], i: usize, out: &mut Vec<u32>) {
    let at = |offset: isize| i.checked_add_signed(offset).and_then(|j| h.get(j));
    let this = h[i];
    neighbour_features(h, i, out);
    let (before, two_before, after) = (at(-1), at(-2), at(1));
    if let Some((t2, b)) = two_before.zip(before) {
        out.push(feature(t::CONTEXT_BEFORE, pair(t2.stem, b.stem, 17)));
    }
    if let Some(a) = after {
        out.push(feature(t::SHAPE_WORD, pair(this.shape, a.word, 9)));
    }
    title_features(h, i, out);
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
    // Its own feature, not a bit of the mark's: the mark's evidence stays whole.
    if this.country_named {
        out.push(feature(t::COUNTRY_NAMED, this.kb));
    }
    if this.evidence != 0 {
        for bit in 0..evidence::BITS {
            if this.evidence & 1 << bit != 0 {
                out.push(feature(t::EVIDENCE, bit));
            }
        }
        if let Some(b) = before {
            out.push(feature(
                t::EVIDENCE_BEFORE,
                u64::from(this.evidence) ^ b.word << 8,
            ));
        }
    }
    // The neighbours' lists with this token's shape (a title, then a word with
    // the article).
    if let Some(b) = before {
        out.push(feature(
            t::LISTS_BEFORE_SHAPE,
            u64::from(b.lists.bits()) ^ this.shape << 32,
        ));
    }
    if let Some(a) = after {
        out.push(feature(
            t::LISTS_AFTER_SHAPE,
            u64::from(a.lists.bits()) ^ this.shape << 32,
        ));
    }
}

/// The form's features past its identity.
fn form_rest(table: &Table, this: &TokenHashes, i: usize, out: &mut Vec<u32>) {
    out.push(feature(t::BIAS, 0));
    // Offset 0 is the third of OFFSETS.
    out.push(feature(t::SHAPE + 2, this.shape));
    list_features(this.lists, t::LISTS + 2, out);
    affix_features(this, out);
    reading_features(table, i, out);
}

/// The neighbours' words, stems, shapes, marks and lists, and the token's own
/// knowledge-base mark (which depends on its neighbours).
fn neighbour_features(h: &[TokenHashes], i: usize, out: &mut Vec<u32>) {
    for (k, &offset) in OFFSETS.iter().enumerate() {
        let k = k as u8;
        match i.checked_add_signed(offset).and_then(|j| h.get(j)) {
            Some(n) => {
                if n.kb != 0 {
                    out.push(feature(t::KB + k, n.kb));
                }
                if offset == 0 {
                    continue;
                }
                out.push(feature(t::WORD + k, n.word));
                out.push(feature(t::STEM + k, n.stem));
                out.push(feature(t::SHAPE + k, n.shape));
                list_features(n.lists, t::LISTS + k, out);
            }
            None => out.push(feature(t::WORD + k, 1)),
        }
    }
}

/// Two tokens' values in one (the second rotated, so the order counts).
fn pair(x: u64, y: u64, rotate: u32) -> u64 {
    x ^ y.rotate_left(rotate)
}

/// The token's word and stem.
fn own_identity(this: &TokenHashes, out: &mut Vec<u32>) {
    // Offset 0 is the third of OFFSETS.
    out.push(feature(t::WORD + 2, this.word));
    out.push(feature(t::STEM + 2, this.stem));
}

/// The token's word and stem with the word before or after.
fn neighbour_identity(
    this: &TokenHashes,
    before: Option<&TokenHashes>,
    after: Option<&TokenHashes>,
    out: &mut Vec<u32>,
) {
    if let Some(b) = before {
        out.push(feature(t::BIGRAM_BEFORE, pair(b.word, this.word, 17)));
        out.push(feature(t::STEM_BIGRAM, pair(b.stem, this.stem, 17)));
    }
    if let Some(a) = after {
        out.push(feature(t::BIGRAM_AFTER, pair(this.word, a.word, 17)));
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
    let mut out = [0u64; 7];
    // FNV runs byte by byte, so the hashes of the stem's first 2, 3 and 4 letters
    // (when more letters follow) are its running hash there: one pass.
    let mut h = FNV_OFFSET;
    for (letters, (at, c)) in stem.char_indices().enumerate() {
        if (2..=4).contains(&letters) {
            out[letters - 2] = h;
        }
        if letters == 4 {
            break;
        }
        h = fnv(h, &stem.as_bytes()[at..at + c.len_utf8()]);
    }
    // The last 1..=4 letters, for a word longer than that.
    let mut starts = [0usize; 5];
    let mut n = 0;
    for (slot, (at, _)) in starts.iter_mut().zip(word.char_indices().rev()) {
        *slot = at;
        n += 1;
    }
    for k in 1..=4 {
        if n > k {
            out[2 + k] = hash_str(&word[starts[k - 1]..]);
        }
    }
    out
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
    for &value in h.trigrams.iter().take_while(|&&v| v != 0) {
        out.push(feature(t::TRIGRAM, value));
    }
}

/// The stem's letter trigrams that neither start nor end it (those are the
/// affixes'), from its second letter on.
fn trigrams(stem: &str) -> [u64; TRIGRAMS] {
    let mut out = [0u64; TRIGRAMS];
    // Byte offsets of the last four letter starts seen; a trigram is inner when
    // a letter precedes it and one follows it.
    let mut starts = [0usize; 4];
    let mut slots = out.iter_mut();
    for (n, (at, _)) in stem.char_indices().enumerate() {
        starts.rotate_left(1);
        starts[3] = at;
        // Letters n-3, n-2, n-1 form an inner trigram once letter n follows them
        // and letter n-4 preceded them.
        if n >= 4 {
            let Some(slot) = slots.next() else { break };
            *slot = hash_str(&stem[starts[0]..starts[3]]);
        }
    }
    out
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
        // A clitic before a listed word (ومحمد، والرئيس): where a coordinated
        // name begins rather than a name going on.
        if r.prefix > 0 && !r.lists.is_empty() {
            out.push(feature(
                t::CLITIC_LISTS,
                u64::from(r.lists.bits()) ^ u64::from(r.prefix) << 40,
            ));
        }
    }
}
