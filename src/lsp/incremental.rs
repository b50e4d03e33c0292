//! Re-analysing only what an edit touched, for large documents.
//!
//! A document of [`CHUNKED_FROM`] bytes or more is cut into chunks at paragraph
//! breaks chosen by content alone (a paragraph whose first line hashes to 0 mod
//! [`CUT_EVERY`] starts a chunk), so an edit moves no boundary but its own. Each
//! chunk is analysed with the [`CONTEXT_PARAGRAPHS`] paragraphs before it as
//! context (claims look back for their speaker: continuations, anaphors), and the
//! results that start in the context are dropped. A chunk's result depends only on
//! its text and its context, so it is cached by their hash: after an edit, only the
//! chunk it touched (and the next one, whose context it may be) is analysed again.
//! The cache does not hold a second copy of the results: it remembers where each
//! chunk's results sit in the last merged analysis (which the snapshot shares).
//! The result is a pure function of the text, so an edited document and a fresh
//! open of the same text always agree.
//!
//! What is lost against whole-document analysis is what reaches further back than
//! the context: a surname or anaphor pointing at a name given chunks earlier, a
//! place read as one because its country is named further off than the chunk
//! reaches (`entities::table`, `COUNTRY_REACH`), and
//! rules applied once per document (`inconsistent-spelling` compares the mentions
//! of one chunk and its context). Documents that large are compilations of many
//! articles, where those links should not cross articles anyway; every real article
//! is far below the threshold and gets whole-document analysis.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::sync::Arc;

use rayon::prelude::*;

use crate::analysis::{Analysis, Analyzer};

/// Documents at least this large are analysed by chunks.
pub const CHUNKED_FROM: usize = 256 * 1024;
/// About one paragraph in this many starts a chunk.
pub const CUT_EVERY: u64 = 16;
/// Paragraphs of context analysed before each chunk.
pub const CONTEXT_PARAGRAPHS: usize = 2;

/// Where each chunk's results sit in the last merged analysis of one document,
/// by the hash of (analyzer generation, context + chunk text).
#[derive(Default)]
pub struct ChunkCache {
    entries: HashMap<u64, Span>,
    /// The last merged analysis (shared with the snapshot that holds it).
    merged: Option<Arc<Analysis>>,
    /// How many chunks the last run analysed (the rest came from the cache), and
    /// how many bytes they held with their context.
    pub last_analysed: usize,
    pub last_analysed_bytes: usize,
    pub last_chunks: usize,
}

/// One chunk's results in a merged analysis: the index ranges of each kind, and
/// the document offset its ranges were moved by (its context's start).
#[derive(Debug, Clone)]
struct Span {
    offset: usize,
    entities: Range<usize>,
    claims: Range<usize>,
    figures: Range<usize>,
    diagnostics: Range<usize>,
}

/// Byte offsets where paragraphs start: the first non-blank line after a blank
/// line (and 0).
pub fn paragraph_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut after_blank = false;
    let mut line_start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i <= bytes.len() {
        let at_end = i == bytes.len();
        if at_end || bytes[i] == b'\n' || bytes[i] == b'\r' {
            let line = &text[line_start..i];
            let blank = line.trim().is_empty();
            if !blank && after_blank && line_start != 0 {
                starts.push(line_start);
            }
            after_blank = blank;
            if !at_end && bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            line_start = i + 1;
        }
        i += 1;
    }
    starts
}

fn hash_str(s: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

/// The chunks of a text: each with the byte range of its context and of itself.
pub fn chunks(text: &str) -> Vec<(Range<usize>, Range<usize>)> {
    let paragraphs = paragraph_starts(text);
    let mut cuts = vec![0usize];
    for (i, &start) in paragraphs.iter().enumerate().skip(1) {
        let end = paragraphs.get(i + 1).copied().unwrap_or(text.len());
        let first_line = text[start..end].lines().next().unwrap_or("");
        if hash_str(first_line) % CUT_EVERY == 0 {
            cuts.push(i);
        }
    }
    let mut out = Vec::new();
    for (k, &p) in cuts.iter().enumerate() {
        let start = paragraphs[p];
        let end = cuts
            .get(k + 1)
            .map(|&q| paragraphs[q])
            .unwrap_or(text.len());
        let context_start = paragraphs[p.saturating_sub(CONTEXT_PARAGRAPHS)];
        out.push((context_start..start, start..end));
    }
    out
}

/// Analyse a large text chunk by chunk, reusing the cached chunks.
pub fn analyse(
    analyzer: &Analyzer,
    text: &str,
    generation: u64,
    cache: &mut ChunkCache,
) -> Arc<Analysis> {
    let chunks = chunks(text);
    let keyed: Vec<(u64, Range<usize>, Range<usize>)> = chunks
        .into_iter()
        .map(|(context, chunk)| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            generation.hash(&mut h);
            (chunk.start - context.start).hash(&mut h);
            text[context.start..chunk.end].hash(&mut h);
            (h.finish(), context, chunk)
        })
        .collect();
    let previous = cache.merged.take().filter(|_| !cache.entries.is_empty());
    let missing: Vec<&(u64, Range<usize>, Range<usize>)> = keyed
        .iter()
        .filter(|(key, _, _)| previous.is_none() || !cache.entries.contains_key(key))
        .collect();
    let fresh: HashMap<u64, Analysis> = missing
        .par_iter()
        .map(|(key, context, chunk)| {
            let piece = &text[context.start..chunk.end];
            let mut a = analyzer.analyze(piece);
            keep_from(&mut a, chunk.start - context.start);
            (*key, a)
        })
        .collect();
    cache.last_analysed = fresh.len();
    cache.last_analysed_bytes = missing
        .iter()
        .map(|(_, context, chunk)| chunk.end - context.start)
        .sum();
    cache.last_chunks = keyed.len();
    let mut out = Analysis::default();
    let mut entries: HashMap<u64, Span> = HashMap::new();
    for (key, context, _) in &keyed {
        // Cloned, not moved: the merged analysis is allocated here, not in the
        // arenas of the threads that analysed the chunks, which can then be freed.
        let mut part = if let Some(a) = fresh.get(key) {
            let mut part = a.clone();
            shift(&mut part, 0, context.start);
            part
        } else if let Some(span) = entries.get(key) {
            let mut part = slice(&out, span);
            shift(&mut part, span.offset, context.start);
            part
        } else if let (Some(span), Some(prev)) = (cache.entries.get(key), &previous) {
            let mut part = slice(prev, span);
            shift(&mut part, span.offset, context.start);
            part
        } else {
            continue;
        };
        let span = Span {
            offset: context.start,
            entities: out.entities.len()..out.entities.len() + part.entities.len(),
            claims: out.claims.len()..out.claims.len() + part.claims.len(),
            figures: out.figures.len()..out.figures.len() + part.figures.len(),
            diagnostics: out.diagnostics.len()..out.diagnostics.len() + part.diagnostics.len(),
        };
        out.entities.append(&mut part.entities);
        out.claims.append(&mut part.claims);
        out.figures.append(&mut part.figures);
        out.diagnostics.append(&mut part.diagnostics);
        entries.entry(*key).or_insert(span);
    }
    drop(fresh);
    drop(previous);
    // Keep only the chunks of this version.
    let out = Arc::new(out);
    cache.entries = entries;
    cache.merged = Some(out.clone());
    out
}

/// A copy of one chunk's results out of a merged analysis.
fn slice(a: &Analysis, span: &Span) -> Analysis {
    fn part<T: Clone>(v: &[T], r: &Range<usize>) -> Vec<T> {
        v.get(r.clone()).unwrap_or(&[]).to_vec()
    }
    Analysis {
        entities: part(&a.entities, &span.entities),
        claims: part(&a.claims, &span.claims),
        figures: part(&a.figures, &span.figures),
        diagnostics: part(&a.diagnostics, &span.diagnostics),
    }
}

/// Drop the results that start in the context (before `from`).
fn keep_from(a: &mut Analysis, from: usize) {
    a.entities.retain(|m| m.range.start >= from);
    a.claims.retain(|c| c.trigger.start >= from);
    a.figures.retain(|f| f.range.start >= from);
    a.diagnostics.retain(|d| d.range.start >= from);
}

/// Where a chunk's ranges were (`from`: 0 for a fresh result, else the offset
/// they were moved by) and where they go.
#[derive(Clone, Copy)]
struct Move {
    from: usize,
    to: usize,
}

fn move_range(r: &mut Range<usize>, by: Move) {
    r.start = r.start.saturating_sub(by.from) + by.to;
    r.end = r.end.saturating_sub(by.from) + by.to;
}

fn move_source(s: &mut Option<crate::claims::Source>, by: Move) {
    if let Some(s) = s {
        move_range(&mut s.range, by);
        if let Some(v) = &mut s.via {
            move_range(v, by);
        }
    }
}

/// Move every byte range of a chunk's analysis from offset `from` to offset `to`.
fn shift(a: &mut Analysis, from: usize, to: usize) {
    let by = Move { from, to };
    for m in &mut a.entities {
        move_range(&mut m.range, by);
        if let Some(r) = m.discovered.as_mut().and_then(|d| d.role_range.as_mut()) {
            move_range(r, by);
        }
    }
    for c in &mut a.claims {
        move_range(&mut c.trigger, by);
        move_range(&mut c.sentence, by);
        move_source(&mut c.source, by);
    }
    for f in &mut a.figures {
        move_range(&mut f.range, by);
        move_range(&mut f.sentence, by);
        if let Some(r) = &mut f.noun_range {
            move_range(r, by);
        }
        if let Some(r) = &mut f.estimate {
            move_range(r, by);
        }
        move_source(&mut f.source, by);
    }
    for d in &mut a.diagnostics {
        move_range(&mut d.range, by);
        for r in &mut d.related {
            move_range(&mut r.range, by);
        }
        for f in &mut d.fixes {
            move_range(&mut f.range, by);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seed article repeated (numbered, so that chunks are not all cache hits
    /// of one another) past the threshold; `None` when the shared data is absent.
    fn big() -> Option<String> {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/eval/seed/duma-dprk-treaty.txt"
        );
        let Ok(seed) = std::fs::read_to_string(path) else {
            eprintln!("NOTICE: {path} not found; skipped");
            return None;
        };
        let mut text = String::new();
        let mut i = 0;
        while text.len() < CHUNKED_FROM {
            text.push_str(&format!("العدد {i}\n\n"));
            text.push_str(&seed);
            text.push_str("\n\n");
            i += 1;
        }
        Some(text)
    }

    fn summary(a: &Analysis) -> Vec<(String, Range<usize>)> {
        a.diagnostics
            .iter()
            .map(|d| (d.code.to_string(), d.range.clone()))
            .collect()
    }

    #[test]
    fn paragraphs_start_after_blank_lines() {
        let text = "أ\nب\n\nج\r\n\r\n  \nد";
        let starts = paragraph_starts(text);
        assert_eq!(
            starts,
            vec![0, text.find('ج').unwrap(), text.find('د').unwrap()]
        );
    }

    #[test]
    fn chunks_cover_the_text_in_order() {
        let Some(text) = big() else { return };
        let chunks = chunks(&text);
        assert!(chunks.len() > 10, "{}", chunks.len());
        assert_eq!(chunks[0].1.start, 0);
        assert_eq!(chunks.last().unwrap().1.end, text.len());
        for w in chunks.windows(2) {
            assert_eq!(w[0].1.end, w[1].1.start);
            assert!(w[1].0.start <= w[1].0.end && w[1].0.end == w[1].1.start);
        }
    }

    #[test]
    fn an_edit_reanalyses_few_chunks_and_matches_a_cold_run() {
        let Some(text) = big() else { return };
        let analyzer = Analyzer::embedded();
        let mut cache = ChunkCache::default();
        let before = analyse(&analyzer, &text, 0, &mut cache);
        let n = cache.last_chunks;
        // Edit the middle: insert a sentence with a loaded verb.
        let at = crate::positions::floor_char_boundary(&text, text.len() / 2);
        let at = text[at..].find("\n\n").map(|i| at + i + 2).unwrap();
        let mut edited = text.clone();
        edited.insert_str(at, "وزعمت الوكالة أن الاتفاق انهار.\n\n");
        let warm = analyse(&analyzer, &edited, 0, &mut cache);
        assert!(
            cache.last_analysed <= 3,
            "{} of {n} chunks re-analysed",
            cache.last_analysed
        );
        let cold = analyse(&analyzer, &edited, 0, &mut ChunkCache::default());
        assert_eq!(summary(&warm), summary(&cold));
        assert_eq!(summary(&warm).len(), summary(&before).len() + 1);
        // Undo it: the chunks after the edit move back, taken from the last
        // merged analysis.
        let undone = analyse(&analyzer, &text, 0, &mut cache);
        assert!(cache.last_analysed <= 3, "{}", cache.last_analysed);
        assert_eq!(summary(&undone), summary(&before));
        assert_eq!(undone.entities.len(), before.entities.len());
    }

    #[test]
    fn chunked_findings_equal_whole_document_findings_on_separate_articles() {
        let Some(text) = big() else { return };
        let analyzer = Analyzer::embedded();
        let chunked = analyse(&analyzer, &text, 0, &mut ChunkCache::default());
        let whole = analyzer.analyze(&text);
        // One spelling per name is a rule of the whole document: a chunk compares
        // only its own mentions and its context's (see the module's comment).
        let per_place = |a: &Analysis| {
            let mut s = summary(a);
            s.retain(|(code, _)| code != "inconsistent-spelling");
            s
        };
        assert_eq!(per_place(&chunked), per_place(&whole));
        // The tagger reads a place as one where the document names its country
        // within a reach that can cross a chunk's start or end: a chunk may miss
        // such a mention (سيول with Korea named after the chunk), never add one.
        let ranges = |a: &Analysis| {
            a.entities
                .iter()
                .map(|m| m.range.clone())
                .collect::<Vec<_>>()
        };
        let whole_ranges = ranges(&whole);
        let extra: Vec<_> = ranges(&chunked)
            .into_iter()
            .filter(|r| !whole_ranges.contains(r))
            .collect();
        assert!(
            extra.is_empty(),
            "chunks found mentions the whole text has not: {extra:?}"
        );
        let missed = whole.entities.len() - chunked.entities.len();
        assert!(
            missed * 200 <= whole.entities.len(),
            "{missed} of {} mentions lost to chunking",
            whole.entities.len()
        );
    }
}
