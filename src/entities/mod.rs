//! Entity recognition over normalised text, and in-document linking.

pub mod hover;

use std::ops::Range;

use crate::kb::{EntityType, KnowledgeBase};
use crate::text::Document;

/// One mention of an entity in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityMention {
    /// Byte range of the name in the original text (clitics excluded).
    pub range: Range<usize>,
    pub kind: EntityType,
    /// Knowledge-base id, or a document-local id (`doc:…`) for people found in the
    /// text; `None` when nothing links it.
    pub id: Option<String>,
}

pub struct Recognizer {}

impl Recognizer {
    pub fn new(_kb: &KnowledgeBase) -> Recognizer {
        Recognizer {}
    }

    pub fn recognize(&self, _doc: &Document, _kb: &KnowledgeBase) -> Vec<EntityMention> {
        Vec::new()
    }
}
