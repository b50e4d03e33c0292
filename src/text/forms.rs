//! The document's distinct word forms: the per-token table the later stages share.
//!
//! Every token's normalised form is interned once per document and each distinct
//! form's clitic readings ([`clitic_splits`]) are computed once. The entities'
//! table and the claims' words both start from here: each looks every distinct
//! form up in its own lexicon once and gives each token its form's answer, instead
//! of splitting and looking up every token again (a news text has about one
//! distinct form for three or four tokens).

use std::collections::HashMap;
use std::ops::Range;

use super::tokens::{clitic_splits, Split, Token, TokenKind};

/// A distinct form's index in [`Forms`].
pub type FormId = u32;

/// The most readings a form has (as [`clitic_splits`] returns).
const MAX_READINGS: usize = 4;

/// One clitic reading of a form as offsets into it: what a [`Split`] says,
/// without borrowing the word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reading {
    /// Byte offset of the stem in the form.
    pub stem_start: u8,
    /// Byte length of و ف ب ل ك before the standalone form ([`Split::prefix_len`]).
    pub prefix: u8,
    /// The form carried the article (ال, or the ل of لل).
    pub article: bool,
}

impl Reading {
    /// The stem of `form` under this reading.
    pub fn stem<'w>(&self, form: &'w str) -> &'w str {
        form.get(usize::from(self.stem_start)..).unwrap_or("")
    }

    /// `f` of the standalone form (with ال when the form had it), built on the
    /// stack (see [`Split::with_standalone`]).
    pub fn with_standalone<R>(&self, form: &str, f: impl FnOnce(&str) -> R) -> R {
        super::tokens::with_article(self.stem(form), self.article, f)
    }
}

/// A form's readings, in [`clitic_splits`] order (the unsplit form first).
#[derive(Debug, Clone, Copy, Default)]
pub struct Readings {
    items: [Reading; MAX_READINGS],
    len: u8,
}

impl Readings {
    /// The readings of a normalised word.
    pub fn of(word: &str) -> Readings {
        let mut readings = Readings::default();
        for reading in clitic_splits(word).iter().filter_map(Split::reading) {
            if let Some(slot) = readings.items.get_mut(usize::from(readings.len)) {
                *slot = reading;
                readings.len += 1;
            }
        }
        readings
    }
}

impl std::ops::Deref for Readings {
    type Target = [Reading];

    fn deref(&self) -> &[Reading] {
        &self.items[..usize::from(self.len)]
    }
}

/// One distinct form.
#[derive(Debug, Clone)]
struct Form {
    /// Its first occurrence in the normalised text.
    norm: Range<usize>,
    /// The kind of its tokens (a function of the form's first character).
    kind: TokenKind,
    readings: Readings,
}

/// The distinct forms of a document's tokens and each token's form.
#[derive(Debug, Clone, Default)]
pub struct Forms {
    /// By token index.
    of_token: Vec<FormId>,
    /// By form id, in order of first occurrence.
    forms: Vec<Form>,
}

impl Forms {
    pub fn new(normalized: &str, tokens: &[Token]) -> Forms {
        // The keys are the document's own words: std's keyed hash, so that no text
        // can be written to collide (FxHash can be).
        let mut ids: HashMap<&str, FormId> = HashMap::with_capacity(tokens.len() / 3);
        let mut forms = Forms {
            of_token: Vec::with_capacity(tokens.len()),
            forms: Vec::new(),
        };
        for token in tokens {
            let word = normalized.get(token.norm.clone()).unwrap_or("");
            let next = forms.forms.len() as FormId;
            let id = *ids.entry(word).or_insert(next);
            if id == next {
                forms.forms.push(Form {
                    norm: token.norm.clone(),
                    kind: token.kind,
                    readings: Readings::of(word),
                });
            }
            forms.of_token.push(id);
        }
        forms
    }

    /// How many distinct forms.
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// Each token's form, by token index.
    pub fn of_tokens(&self) -> &[FormId] {
        &self.of_token
    }

    /// Form `id` as text (`normalized` is the document's normalised text).
    pub fn text<'n>(&self, normalized: &'n str, id: FormId) -> &'n str {
        self.forms
            .get(id as usize)
            .and_then(|f| normalized.get(f.norm.clone()))
            .unwrap_or("")
    }

    /// The kind of form `id`'s tokens.
    pub fn kind(&self, id: FormId) -> Option<TokenKind> {
        self.forms.get(id as usize).map(|f| f.kind)
    }

    /// Form `id`'s clitic readings.
    pub fn readings(&self, id: FormId) -> Readings {
        self.forms
            .get(id as usize)
            .map_or(Readings::default(), |f| f.readings)
    }
}

impl Split<'_> {
    /// This split as offsets ([`Reading`]). Clitics and the article are at most 8
    /// bytes, so the offsets always fit a u8.
    pub fn reading(&self) -> Option<Reading> {
        Some(Reading {
            stem_start: u8::try_from(self.stem_start).ok()?,
            prefix: u8::try_from(self.prefix_len()).ok()?,
            article: self.article,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    #[test]
    fn tokens_of_one_form_share_it_and_its_readings() {
        let doc = Document::new("قال الرئيس للرئيس إن الرئيس");
        let forms = &doc.forms;
        let norm = doc.normalized.as_str();
        let of = forms.of_tokens();
        assert_eq!(of.len(), doc.tokens.len());
        assert_eq!(forms.len(), 4);
        assert_eq!(of[1], of[4]);
        assert_ne!(of[1], of[2]);
        assert_eq!(forms.text(norm, of[2]), "للرئيس");
        assert_eq!(forms.kind(of[2]), Some(TokenKind::Arabic));
    }

    #[test]
    fn a_forms_readings_are_its_clitic_splits() {
        for word in ["وللولايات", "بالرئيس", "والرئيس", "كتاب", "وب", "123"]
        {
            let splits = clitic_splits(word);
            let readings = Readings::of(word);
            assert_eq!(readings.len(), splits.len(), "{word}");
            for (r, s) in readings.iter().zip(splits.iter()) {
                assert_eq!(Some(*r), s.reading(), "{word}");
                assert_eq!(r.stem(word), s.stem, "{word}");
                assert_eq!(
                    r.with_standalone(word, str::to_string),
                    s.standalone(),
                    "{word}"
                );
            }
        }
    }
}
