//! isnad: finds unsourced claims in Arabic news articles and explains the people,
//! organisations and places they name.
//!
//! Data flows one way:
//!
//! ```text
//! text (normalise, tokens, sentences, numbers)
//!   -> entities (knowledge base, matching, in-document linking)
//!   -> claims (signals, sources, context)   -> Analysis { entities, claims, figures, diagnostics }
//!   -> spelling (one entity, one spelling; look-alike letters)
//! cli/ and lsp/ only convert an Analysis to their wire formats.
//! ```
//!
//! Everything inside works on `&str` and UTF-8 byte offsets; LSP positions exist
//! only in [`positions`].

pub mod analysis;
pub mod claims;
pub mod cli;
pub mod config;
pub mod entities;
pub mod kb;
pub mod lsp;
pub mod positions;
pub mod spelling;
pub mod text;

pub use analysis::{Analysis, Analyzer, Code, Diagnostic, Severity};
