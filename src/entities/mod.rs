//! Entity recognition: a learned sequence tagger decides which words are people,
//! organisations and places; the knowledge base is among its features and then
//! names what it found.
//!
//! ```text
//! Document -> Table (per token: normalised form, clitic readings, word lists,
//!                    knowledge-base names starting, going on or ending there)
//!          -> features -> tagger (linear model over BIO tags, Viterbi) -> spans
//!          -> link (knowledge-base ids, short forms of names in the article)
//! ```
//!
//! The model (`data/model/ner.bin`) is trained on NewsFANE Gold by
//! `examples/train_ner.rs`; see `data/model/README.md`.

mod compiled;
mod consistency;
mod context;
mod dates;
mod features;
pub mod hover;
mod in_context;
mod lexicon;
mod link;
mod offices;
mod table;
mod tagger;
mod tagging;
mod training;
mod variants;

use std::ops::Range;
use std::sync::{Mutex, OnceLock};
use std::thread::JoinHandle;

use crate::kb::{Ambiguities, EntityType, KnowledgeBase};
use crate::text::Document;
use compiled::Compiled;
use table::Table;

pub use consistency::Layer;
pub use tagger::train::{train, Options as TrainOptions, Sequence};
pub use tagger::{Class, Model, ModelError, Tag};

/// The embedded tagger model (CC BY-SA 3.0, derived from NewsFANE Gold), aligned
/// so that its i16 weights are read where they are rather than copied.
const EMBEDDED_MODEL: &[u8] = &ALIGNED_MODEL.0;

#[repr(C, align(8))]
struct Aligned<B: ?Sized>(B);

static ALIGNED_MODEL: &Aligned<[u8]> = &Aligned(*include_bytes!("../../data/model/ner.bin"));

/// The embedded model, parsed and validated once.
pub fn embedded_model() -> Result<&'static Model, &'static ModelError> {
    static MODEL: OnceLock<Result<Model, ModelError>> = OnceLock::new();
    MODEL
        .get_or_init(|| Model::from_static(EMBEDDED_MODEL))
        .as_ref()
}

/// One mention of an entity in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityMention {
    /// Byte range of the name in the original text (clitics excluded).
    pub range: Range<usize>,
    pub kind: EntityType,
    /// Knowledge-base id, or a document-local id (`doc:…`) for people and
    /// organisations found in the text; `None` when nothing links it.
    pub id: Option<String>,
    /// For entities the base does not know: what the article says about them.
    pub discovered: Option<Discovered>,
}

impl EntityMention {
    pub fn new(range: Range<usize>, kind: EntityType, id: Option<String>) -> EntityMention {
        EntityMention {
            range,
            kind,
            id,
            discovered: None,
        }
    }
}

/// What the article says about an entity the knowledge base does not know; enough
/// to write a knowledge-base entry ("add this person to the workspace base").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Discovered {
    /// The fullest name the article uses, as written.
    pub name: String,
    /// The title or role as written (نائب وزير الخارجية الروسي), when one introduced it.
    pub role: Option<String>,
    /// Byte range of that title in the original text.
    pub role_range: Option<Range<usize>>,
    /// Knowledge-base id of the organisation or country the role belongs to.
    pub org: Option<String>,
}

/// The knowledge base compiled for matching. Build once, recognise many texts.
///
/// Compiling the names takes a few tens of milliseconds for the embedded base, so
/// [`Recognizer::new`] hands it to a background thread (which shares the base's
/// entities, it does not copy them) and returns at once: a language server answers
/// `initialize` without waiting, and the first recognition waits for the thread.
pub struct Recognizer {
    compiled: OnceLock<Compiled>,
    pending: Mutex<Option<JoinHandle<Compiled>>>,
}

impl Recognizer {
    pub fn new(kb: &KnowledgeBase) -> Recognizer {
        let entities = kb.entities.clone();
        let ambiguities = kb.ambiguities.clone();
        let spawned = std::thread::Builder::new()
            .name("isnad-kb".into())
            .spawn(move || {
                // The model is parsed here too, off the first recognition's path.
                let _ = embedded_model();
                Compiled::new(entities, &ambiguities)
            });
        match spawned {
            Ok(handle) => Recognizer {
                compiled: OnceLock::new(),
                pending: Mutex::new(Some(handle)),
            },
            Err(_) => Recognizer {
                compiled: OnceLock::from(Compiled::new(kb.entities.clone(), &kb.ambiguities)),
                pending: Mutex::new(None),
            },
        }
    }

    /// Compile the names now (waits for the background thread).
    pub fn ready(&self) {
        let _ = self.compiled();
    }

    fn compiled(&self) -> &Compiled {
        self.compiled.get_or_init(|| {
            let handle = self.pending.lock().ok().and_then(|mut p| p.take());
            handle
                .and_then(|h| h.join().ok())
                .unwrap_or_else(|| Compiled::new(Default::default(), &Ambiguities::default()))
        })
    }

    pub fn recognize(&self, doc: &Document, _kb: &KnowledgeBase) -> Vec<EntityMention> {
        // The build thread parses the model too: wait for it rather than parse here.
        self.ready();
        match embedded_model() {
            Ok(model) => self.recognize_with(model, doc),
            Err(_) => Vec::new(),
        }
    }

    /// Recognition with another model than the embedded one (training, tests).
    pub fn recognize_with(&self, model: &Model, doc: &Document) -> Vec<EntityMention> {
        let compiled = self.compiled();
        let table = Table::new(compiled, doc);
        let spans = tagging::spans(model, &table);
        link::link(compiled, &table, &spans)
    }

    /// Each token's normalised word, the tagger's tag and the knowledge-base mark,
    /// before linking: for reading what the model does (`examples/tag_debug.rs`).
    #[doc(hidden)]
    pub fn raw_tags(&self, model: &Model, doc: &Document) -> Vec<(String, Tag, String)> {
        let table = Table::new(self.compiled(), doc);
        tagging::tags(model, &table)
            .into_iter()
            .enumerate()
            .map(|(i, tag)| {
                let mark = table.mark(i).map(|m| format!("{m:?}")).unwrap_or_default();
                (table.words[i].to_string(), tag, mark)
            })
            .collect()
    }

    /// Training sequences for a document whose tokens' gold tags are known (one
    /// tag per token of `doc`): the features the tagger will see at run time.
    pub fn training_sequences(&self, doc: &Document, gold: &[Tag]) -> Vec<Sequence> {
        let table = Table::new(self.compiled(), doc);
        tagging::sequences(&table, gold)
    }
}

/// Can this normalised word be read as `target` (normalised) after proclitics?
fn reads_word(word: &str, target: &str) -> bool {
    crate::text::tokens::clitic_splits(word)
        .iter()
        .any(|s| s.with_standalone(|w| w == target))
}

#[cfg(test)]
mod model_tests {
    #[test]
    fn the_embedded_model_is_valid() {
        let model = super::embedded_model().expect("data/model/ner.bin");
        assert_eq!(model.bucket_bits(), 18);
    }
}
