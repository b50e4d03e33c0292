//! Claims: unsourced claims, vague sources, unattributed quotes and loaded verbs
//! (see `../shared/design/claims.md`).

pub mod hover;

use std::ops::Range;

use crate::analysis::Diagnostic;
use crate::entities::EntityMention;
use crate::text::Document;

#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub trigger: Range<usize>,
    pub sentence: Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub range: Range<usize>,
    pub value: f64,
}

pub struct Lexicon {}

impl Lexicon {
    pub fn embedded() -> Lexicon {
        Lexicon {}
    }
}

#[derive(Debug, Default)]
pub struct Output {
    pub claims: Vec<Claim>,
    pub figures: Vec<Figure>,
    pub diagnostics: Vec<Diagnostic>,
}

pub fn analyze(_doc: &Document, _entities: &[EntityMention], _lexicon: &Lexicon) -> Output {
    Output::default()
}
