//! Reading one sentence: its claim signals and the sources standing in it.

use std::ops::Range;

use super::lexicon::{
    FirstWords, Phrase, PhraseList, Role, Slot, WordSet, ATTRIBUTION_BIT, VERB_FORM_BIT,
};
use super::words::{WordId, Words};
use super::{Figure, Lexicon, Resolution, Signal, Source, SourceKind};
use crate::entities::EntityMention;
use crate::text::tokens::clitic_splits;
use crate::text::{normalize, Document, TokenKind};

/// A loaded verb found in a sentence.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub range: Range<usize>,
    /// Where the verb proper starts after its clitics (original offset).
    pub stem_start: usize,
    pub verb: usize,
    pub slot: Slot,
    pub diacritics: bool,
}

/// Everything one sentence says about claims, before context is applied.
#[derive(Debug, Clone, Default)]
pub struct Info {
    /// Claim signals in text order.
    pub signals: Vec<(Signal, Range<usize>)>,
    /// Sources named in the sentence (verb subjects, attribution phrases, headline).
    pub explicit_sources: Vec<Source>,
    /// Anaphoric subjects (الدبلوماسي، المصدر) to resolve against context.
    pub anaphors: Vec<Source>,
    /// A reporting verb or attribution whose source counts as a speaker.
    pub speaks: bool,
    /// An active reporting verb with only a pronoun subject: it inherits.
    pub pronoun_verb: Option<Range<usize>>,
    /// The sentence's only signal is a quotation.
    pub quote_only: bool,
    /// «وجاءت هذه المزاعم من X»: X sources the previous claim.
    pub backref: Option<Source>,
    /// «بهذه الكلمات وصف X»: X is the speaker of the previous quotation.
    pub quote_backref: Option<Source>,
    pub loaded: Vec<Loaded>,
    pub figures: Vec<Figure>,
    /// Places worth pointing to when nothing sources the claim.
    pub previous_speaker_hint: Vec<Range<usize>>,
    /// No reporting verb in the sentence.
    pub verbless: bool,
    /// A report, index or list named with its issuer: estimated figures in the
    /// next sentence of the paragraph may go on with it.
    pub report: Option<Source>,
    /// The sentence opens with a complementiser (وأن …، وإن …): after «؛» it goes
    /// on with the content of the sentence before.
    pub goes_on_with_content: bool,
}

#[derive(Debug, Clone)]
struct VerbHit {
    i: usize,
    verb: usize,
    slot: Slot,
    passive: bool,
    stem_start: usize,
}

/// What stands in a subject position.
#[derive(Debug, Clone)]
enum Subject {
    Source(Source),
    Anaphor(Source),
    Hedge,
    NotSource,
    Pronoun,
}

pub struct Reader<'a> {
    doc: &'a Document<'a>,
    entities: &'a [EntityMention],
    lex: &'a Lexicon,
    /// Entity indices sorted by start offset.
    by_start: Vec<usize>,
    /// The document's tokens as lexicon words, with their clitic readings.
    words: Words,
    /// Closed and open quotations by the sentence that opens them.
    quotes: rustc_hash::FxHashMap<usize, Vec<usize>>,
}

const QUOTE_MARKS: [char; 8] = ['«', '»', '“', '”', '"', '„', '‹', '›'];

fn has_harakat(s: &str) -> bool {
    s.chars().any(|c| ('\u{064B}'..='\u{0652}').contains(&c))
}

impl<'a> Reader<'a> {
    pub fn new(doc: &'a Document<'a>, entities: &'a [EntityMention], lex: &'a Lexicon) -> Self {
        let mut by_start: Vec<usize> = (0..entities.len()).collect();
        by_start.sort_by_key(|&i| entities[i].range.start);
        let mut quotes: rustc_hash::FxHashMap<usize, Vec<usize>> = Default::default();
        for (i, q) in doc.segmentation.quotes.iter().enumerate() {
            quotes.entry(q.sentence).or_default().push(i);
        }
        Reader {
            doc,
            entities,
            lex,
            by_start,
            quotes,
            words: Words::new(doc, &lex.vocab),
        }
    }

    fn n(&self, i: usize) -> &str {
        self.doc
            .tokens
            .get(i)
            .map(|t| t.norm(&self.doc.normalized))
            .unwrap_or("")
    }

    fn orig(&self, i: usize) -> &str {
        self.doc
            .tokens
            .get(i)
            .and_then(|t| self.doc.text.get(t.range.clone()))
            .unwrap_or("")
    }

    fn range(&self, from: usize, to: usize) -> Range<usize> {
        let toks = &self.doc.tokens;
        match (toks.get(from), to.checked_sub(1).and_then(|t| toks.get(t))) {
            (Some(a), Some(b)) if to > from => a.range.start..b.range.end,
            (Some(a), _) => a.range.clone(),
            _ => 0..0,
        }
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.doc.tokens.get(i).map(|t| t.kind)
    }

    fn is_word(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(TokenKind::Arabic | TokenKind::Latin))
    }

    fn is_quote_mark(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Punct)
            && self.n(i).chars().any(|c| QUOTE_MARKS.contains(&c))
    }

    fn is_punct(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Punct)
    }

    /// Does token `i`, read with or without its proclitics, equal `w`?
    fn word_is(&self, i: usize, w: WordId) -> bool {
        self.words.reads_as(i, w)
    }

    /// Can an entry of the list with `bit` start at token `i`?
    fn may_start(&self, i: usize, bit: u64) -> bool {
        bit == 0 || self.words.starts(i) & bit != 0
    }

    /// Is token `i`, read with or without its proclitics, in `set`?
    fn in_set(&self, i: usize, set: &WordSet) -> bool {
        self.words.in_set(i, set.bit)
    }

    /// Is token `i` as written in `set`?
    fn written_in(&self, i: usize, set: &WordSet) -> bool {
        self.words.written_in(i, set.bit)
    }

    /// Is the time span whose estimate marker starts at token `marker` the
    /// estimated duration of what a verb of lasting tells, from `start` of the
    /// sentence, rather than a date (قبل نحو 300 عام، في نحو أربعة أشهر)?
    fn estimated_duration(&self, start: usize, marker: usize) -> bool {
        let lex = self.lex;
        let dated = marker
            .checked_sub(1)
            .is_some_and(|i| i >= start && self.in_set(i, &lex.dating_words));
        !dated && (start..marker).any(|i| self.in_set(i, &lex.duration_verbs))
    }

    /// Estimated durations written as a dual with no number (وظلت نحو شهرين): the
    /// estimate marker and the dual, when a verb of lasting tells them.
    fn estimated_dual_durations(&self, a: usize, b: usize) -> Vec<Range<usize>> {
        let lex = self.lex;
        let mut out = Vec::new();
        for j in a + 1..b {
            if !self.in_set(j, &lex.dual_time_units) {
                continue;
            }
            let marker = lex.estimate_before.iter().find_map(|p| {
                let st = j.checked_sub(p.len()).filter(|&st| st >= a)?;
                (self.phrase_at(st, j, p) == Some(j)).then_some(st)
            });
            if let Some(st) = marker.filter(|&st| self.estimated_duration(a, st)) {
                out.push(self.range(st, j + 1));
            }
        }
        out
    }

    /// A phrase at token `i` (the first word may carry clitics); the index after it.
    fn phrase_at(&self, i: usize, end: usize, p: &Phrase) -> Option<usize> {
        match p.first() {
            Some(&first) if self.word_is(i, first) => self.rest_at(i, end, p),
            _ => None,
        }
    }

    /// The first phrase of `list` (in its order) at token `i`; the index after it.
    /// Inlined: most tokens start no entry of a list, and every token is asked
    /// about several lists, so the bit test is made where it is asked.
    #[inline]
    fn any_phrase_at(&self, i: usize, end: usize, list: &PhraseList) -> Option<usize> {
        if !self.may_start(i, list.bit) {
            return None;
        }
        self.first_phrase_at(i, end, list)
    }

    /// [`Reader::any_phrase_at`] once the token can start an entry. Only the
    /// phrases starting with the token or one of its clitic readings are tried: the
    /// same answer as trying the whole list in order.
    fn first_phrase_at(&self, i: usize, end: usize, list: &PhraseList) -> Option<usize> {
        // (position in the list, end) of the earliest match among the phrases
        // starting with `first`.
        let earliest = |first: WordId, before: usize| {
            list.starting_with(first)
                .iter()
                .take_while(|&&k| k < before)
                .find_map(|&k| self.rest_at(i, end, &list[k]).map(|e| (k, e)))
        };
        let mut best = earliest(self.words.id(i), usize::MAX);
        for &r in self.words.readings(i) {
            if let Some(hit) = earliest(r, best.map_or(usize::MAX, |b| b.0)) {
                best = Some(hit);
            }
        }
        best.map(|(_, e)| e)
    }

    /// The positions in a list (ascending, each once) of the entries whose first
    /// word token `i` reads as, with or without its proclitics.
    fn starting_here(&self, i: usize, index: &FirstWords, bit: u64) -> Vec<usize> {
        if !self.may_start(i, bit) {
            return Vec::new();
        }
        let mut out = index.get(self.words.id(i)).to_vec();
        for &r in self.words.readings(i) {
            out.extend_from_slice(index.get(r));
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Phrase `p` at token `i` when its first word is already known to match.
    fn rest_at(&self, i: usize, end: usize, p: &Phrase) -> Option<usize> {
        if p.is_empty() || i + p.len() > end {
            return None;
        }
        for (k, &w) in p.iter().enumerate().skip(1) {
            if self.words.id(i + k) != w {
                return None;
            }
        }
        Some(i + p.len())
    }

    fn is_comp(&self, i: usize) -> bool {
        let t = self.n(i);
        self.lex.complementizers.contains(t)
            || t.strip_prefix('و')
                .or_else(|| t.strip_prefix('ف'))
                .is_some_and(|r| self.lex.complementizers.contains(r))
    }

    /// A complementiser, colon or quotation right after a verb (or one word later).
    fn complement_follows(&self, i: usize, end: usize) -> bool {
        (i + 1..(i + 3).min(end))
            .any(|j| self.is_comp(j) || self.n(j) == ":" || self.is_quote_mark(j))
    }

    fn is_function(&self, i: usize) -> bool {
        let t = self.n(i);
        self.lex.function_words.contains(t)
            || t.strip_prefix('و')
                .is_some_and(|r| self.lex.function_words.contains(r))
    }

    fn verb_at(&self, i: usize, a: usize, end: usize) -> Option<VerbHit> {
        // The word and its readings without و/ف are among the token's readings:
        // a token none of whose readings is a verb form is no verb.
        if self.kind(i) != Some(TokenKind::Arabic) || !self.words.in_set(i, VERB_FORM_BIT) {
            return None;
        }
        let tok = self.doc.tokens.get(i)?;
        let w = self.n(i);
        let original = self.orig(i);
        let without_conjunction = ['و', 'ف'].into_iter().filter_map(|c| {
            let rest = w.strip_prefix(c)?;
            (rest.chars().count() >= 2).then_some((rest, c.len_utf8()))
        });
        for (stem, clen) in std::iter::once((w, 0usize)).chain(without_conjunction) {
            let active = self.lex.forms.get(stem);
            let passive = self.lex.passive_forms.get(stem);
            if active.is_none() && passive.is_none() {
                continue;
            }
            let stem_start = self
                .doc
                .normalized
                .original_offset(tok.norm.start + clen)
                .max(tok.range.start);
            let orig_stem = self.doc.text.get(stem_start..tok.range.end).unwrap_or("");
            let damma = orig_stem.chars().nth(1) == Some('\u{064F}');
            let maqsura = original
                .trim_end_matches(|c: char| ('\u{064B}'..='\u{0652}').contains(&c))
                .ends_with('ى');
            if i > a && clen == 0 && self.written_in(i - 1, &self.lex.not_verb_after) {
                return None;
            }
            let next_comp = self.complement_follows(i, end);
            let (form, mut is_passive) = match (active, passive) {
                (Some(_), Some(pas)) if damma => (pas[0], true),
                (None, Some(pas)) => (pas[0], true),
                (Some(act), _) => (act[0], false),
                _ => continue,
            };
            let verb = self.lex.verbs.get(form.verb)?;
            let mut slot = form.slot;
            // يُدعى (is named) and يُدّعى (is claimed) share their letters with
            // يدّعي: the alef maqsura or a damma marks the passive.
            if verb
                .passive_present
                .as_deref()
                .is_some_and(|p| p.trim_end().ends_with('ى'))
                && verb.passive_present.as_deref().map(normalize).as_deref() == Some(stem)
                && (maqsura || damma)
            {
                if !next_comp {
                    return None;
                }
                is_passive = true;
                slot = Slot::PassivePres;
            }
            // A 3ms defective past written with ي (نفي، رأي) is usually a noun.
            if slot == Slot::Past3ms
                && normalize(&verb.past).ends_with('ي')
                && !maqsura
                && clen == 0
                && !next_comp
            {
                return None;
            }
            if slot.is_participle() {
                if !self.complement_follows(i, end) && !self.complement_follows(i + 1, end) {
                    return None;
                }
                if slot == Slot::ParticipleF
                    && !original
                        .trim_end_matches(|c: char| ('\u{064B}'..='\u{0652}').contains(&c))
                        .ends_with('ة')
                {
                    return None;
                }
            }
            // يقدر عدد القتلى بـ…: a quantity right after an estimate verb makes it
            // passive (is estimated).
            if !is_passive
                && verb.role == Role::Estimate
                && self.in_set(i + 1, &self.lex.quantity_nouns)
            {
                is_passive = true;
            }
            if verb.outlet_voice && self.outlet_subject(i + 1, end).is_none() {
                return None;
            }
            if verb.quoting_object && !self.quoting_object_follows(i, end) {
                return None;
            }
            if verb.strict_subject
                && !matches!(
                    self.classify(i + 1, end, false, Resolution::Explicit),
                    Subject::Source(_) | Subject::Anaphor(_)
                )
            {
                return None;
            }
            // يدعون إلى، ادعوا لـ: دعا (to call for), not ادّعى.
            if verb.role == Role::Loaded
                && normalize(&verb.past).ends_with('ي')
                && matches!(self.n(i + 1), "الي" | "ل" | "الى")
                || (verb.role == Role::Loaded
                    && normalize(&verb.past).ends_with('ي')
                    && self.n(i + 1).starts_with("لل"))
            {
                return None;
            }
            if verb.role == Role::Continuation
                && clen == 0
                && slot == Slot::Past3ms
                && self.n(i + 1).starts_with('ل')
            {
                return None;
            }
            // A damma on the first letter marks the passive (يُقدَّر، أُعلن).
            if !is_passive && damma && !slot.is_participle() {
                is_passive = true;
            }
            if !is_passive
                && slot.is_present()
                && next_comp
                && self.lex.impersonal_before_an.contains(stem)
                && self.is_comp(i + 1)
            {
                is_passive = true;
            }
            if !is_passive
                && verb.role == Role::Estimate
                && slot.is_present()
                && self.n(i + 1).starts_with('ب')
            {
                is_passive = true;
            }
            return Some(VerbHit {
                i,
                verb: form.verb,
                slot,
                passive: is_passive,
                stem_start,
            });
        }
        None
    }

    /// The colon of a headline «X: …» within six tokens of the clause start, the
    /// quotation marks of a quoted name not counted (مصادر خاصة لـ«الجريدة»:).
    fn headline_colon(&self, start: usize, b: usize) -> Option<usize> {
        let mut counted = 0;
        for j in start..b {
            if self.n(j) == ":" {
                return Some(j);
            }
            if !self.is_quote_mark(j) {
                counted += 1;
            }
            if counted == 6 {
                return None;
            }
        }
        None
    }

    /// A denial of the rumour after `from` (…، نفتها الحكومة، لكن الوزارة نفتها)
    /// by a named subject after or right before it.
    fn denied_later(&self, from: usize, b: usize) -> bool {
        let named = |s: Subject| matches!(s, Subject::Source(s) if !s.is_vague());
        (from..b).any(|j| {
            self.in_set(j, &self.lex.denials)
                && (named(self.classify(j + 1, b, false, Resolution::Explicit))
                    || j > from && named(self.classify(j - 1, j, false, Resolution::Explicit)))
        })
    }

    /// «وجاء في البيان أن …»، «بياناً جاء فيه أن …»: the words introducing a
    /// document's text, and the document as its source.
    fn statement_text(&self, a: usize, b: usize) -> Option<(Range<usize>, Source)> {
        let lex = self.lex;
        let document = |j: usize| {
            let w = self.n(j);
            lex.documents.contains(w) || lex.documents.contains(w.trim_end_matches('ا'))
        };
        let statement = lex.statement_openers.bit | lex.statement_back.bit;
        for i in (a..b).filter(|&i| self.may_start(i, statement)) {
            if let Some(p) = self.any_phrase_at(i, b, &lex.statement_openers) {
                if p < b && document(p) {
                    if let Subject::Source(s) = self.classify(p, b, true, Resolution::Attribution) {
                        return Some((self.range(i, p), s));
                    }
                }
            }
            if let Some(p) = self.any_phrase_at(i, b, &lex.statement_back) {
                if i > a && document(i - 1) {
                    let s = self.source(SourceKind::Document, i - 1, i, Resolution::Attribution);
                    return Some((self.range(i, p), s));
                }
            }
        }
        None
    }

    /// A quoting object (قوله، قولها) after the verb at `i`, before its content.
    fn quoting_object_follows(&self, i: usize, end: usize) -> bool {
        (i + 1..(i + 12).min(end))
            .take_while(|&j| !self.is_comp(j))
            .any(|j| self.written_in(j, &self.lex.object_words))
    }

    /// Where a noun phrase starting at `i` ends (exclusive).
    fn np_end(&self, i: usize, end: usize) -> usize {
        let mut j = i;
        while j < end && j < i + 14 {
            if self.is_comp(j) || self.n(j) == ":" || self.is_quote_mark(j) {
                break;
            }
            if j > i && matches!(self.n(j), "." | "؟" | "?" | "!" | "؛") {
                break;
            }
            j += 1;
        }
        j.max(i + 1).min(end.max(i + 1))
    }

    /// The words worth showing for a source: up to the first comma (or through a
    /// short apposition), a preposition or a time word.
    fn display_end(&self, i: usize, np_end: usize) -> usize {
        let stops = [
            "من", "الي", "علي", "عن", "مع", "خلال", "بعد", "قبل", "منذ", "حول",
        ];
        let mut j = i + 1;
        let mut commas = 0;
        while j < np_end && j < i + 12 {
            let t = self.n(j);
            if t == "،" || t == "," {
                if commas > 0 {
                    break;
                }
                // Keep a short apposition (، الدكتور فيصل العتيبي،).
                let close = (j + 1..(j + 5).min(np_end)).find(|&k| matches!(self.n(k), "،" | ","));
                let ok = close.is_some()
                    && !self.written_in(j + 1, &self.lex.relatives)
                    && !self.is_function(j + 1);
                if !ok {
                    break;
                }
                commas += 1;
            } else if t == ")" {
                j += 1;
                break;
            } else if stops.contains(&t)
                || (j > i + 1 && self.in_set(j, &self.lex.quantity_nouns))
                || self.any_phrase_at(j, np_end, &self.lex.adverbs).is_some()
                || self.written_in(j, &self.lex.relatives)
            {
                break;
            }
            j += 1;
        }
        j
    }

    fn entity_in(&self, range: &Range<usize>) -> Option<&EntityMention> {
        let from = self
            .by_start
            .partition_point(|&i| self.entities[i].range.start < range.start);
        self.by_start
            .get(from)
            .map(|&i| &self.entities[i])
            .filter(|m| m.range.start < range.end)
    }

    fn source(&self, kind: SourceKind, i: usize, np_end: usize, resolution: Resolution) -> Source {
        let d = self.display_end(i, np_end);
        let range = self.range(i, d);
        let entity = self.entity_in(&range).and_then(|m| m.id.clone());
        Source {
            kind: if kind == SourceKind::Other && entity.is_some() {
                SourceKind::Entity
            } else {
                kind
            },
            name: self.doc.text.get(range.clone()).unwrap_or("").to_string(),
            range,
            entity,
            resolution,
            via: None,
        }
    }

    /// Classify the noun phrase at `i`. `generous`: any other noun counts as a
    /// source (verb subjects); otherwise only titles, organisations, entities.
    fn classify(
        &self,
        mut i: usize,
        end: usize,
        generous: bool,
        resolution: Resolution,
    ) -> Subject {
        // A number before the noun (ثلاثة مسؤولين، أحد النواب).
        let first = i;
        loop {
            let nums = &self.doc.numbers;
            let k = nums.partition_point(|n| n.tokens.end <= i);
            if i < end && nums.get(k).is_some_and(|n| n.tokens.contains(&i)) {
                i += 1;
            } else {
                break;
            }
        }
        if i >= end {
            return Subject::Pronoun;
        }
        if self.is_punct(i) || self.is_comp(i) || self.kind(i) == Some(TokenKind::Number) {
            return Subject::Pronoun;
        }
        if self.is_function(i) || self.in_set(i, &self.lex.object_words) {
            return Subject::Pronoun;
        }
        let e = self.np_end(i, end);
        if let Some(s) = self.unnamed_member(i, e, resolution) {
            return Subject::Source(s);
        }
        if let Some(vend) = self.any_phrase_at(i, e, &self.lex.vague) {
            // Members of a body in idafa (نواب المجلس) are the body's members, a
            // group it identifies; some of them (نواب في المجلس، أحد أعضاء المجلس)
            // are not.
            let member = (i..vend).any(|j| self.in_set(j, &self.lex.members));
            let some_members = member && i > first;
            if !some_members && self.of_institution(vend, e, member) {
                return Subject::Source(self.source(SourceKind::Role, i, e, resolution));
            }
            let mut s = self.source(SourceKind::Vague, i, e, resolution);
            // Underline the vague words and their adjectives, not the whole phrase.
            let mut j = vend;
            while j < e
                && self.any_phrase_at(j, e, &self.lex.adverbs).is_none()
                && j < vend + 2
                && self.is_word(j)
                && !self.is_function(j)
                && !self.written_in(j, &self.lex.close_to)
                && self.n(j) != "عن"
                && !self.to_someone(j, e)
                && !self.starts_source_clause(j)
            {
                j += 1;
            }
            // «مصادر مقربة من الرئاسة»: what they are close to, not whom they told.
            if self.written_in(j, &self.lex.close_to) {
                let to = (j + 3).min(e);
                j = (j + 1..to)
                    .find(|&k| self.to_someone(k, e) || self.is_punct(k))
                    .unwrap_or(to);
                // «مصدر رفيع المستوى في الحكومة»: no preposition at its end.
                while j > vend + 1 && self.is_function(j - 1) {
                    j -= 1;
                }
            }
            // «مسؤول في الوزارة»: the body that does not name him is part of him.
            if let Some(body_end) = self.unnamed_body_at(j, e) {
                j = body_end;
            }
            s.range = self.range(i, j.max(vend));
            s.name = self.doc.text.get(s.range.clone()).unwrap_or("").to_string();
            return Subject::Source(s);
        }
        if let Some(h_end) = self.any_phrase_at(i, e, &self.lex.hedge_nouns) {
            // تقديرات الأمم المتحدة، تقرير الوكالة: the estimates of someone named.
            let of = self.range(h_end, h_end + 1);
            if h_end < e
                && (self
                    .entity_in(&of)
                    .is_some_and(|m| m.kind != crate::kb::EntityType::Location)
                    || self
                        .any_phrase_at(h_end, e, &self.lex.institutions)
                        .is_some())
            {
                return Subject::Source(self.source(SourceKind::Organization, i, e, resolution));
            }
            // تقارير بريطانية: reports with only a nationality, nobody to look up.
            if self.nisba_at(h_end, e) {
                return Subject::Source(self.vague_with_adjective(i, h_end, e, resolution));
            }
            return Subject::Hedge;
        }
        // صحيفة محلية، قناة أمريكية: an outlet nobody can look up.
        if let Some(m_end) = self.any_phrase_at(i, e, &self.lex.media_nouns) {
            if self.nisba_at(m_end, e) {
                return Subject::Source(self.vague_with_adjective(i, m_end, e, resolution));
            }
        }
        if self.any_phrase_at(i, e, &self.lex.non_documents).is_some() {
            return Subject::NotSource;
        }
        let alone =
            i + 1 >= e || self.is_function(i + 1) || self.is_punct(i + 1) || self.is_comp(i + 1);
        if self.in_set(i, &self.lex.vague_anaphors) {
            let mut s = self.source(SourceKind::Vague, i, i + 1, resolution);
            s.via = Some(s.range.clone());
            return Subject::Anaphor(s);
        }
        if alone && self.in_set(i, &self.lex.anaphors) {
            let mut s = self.source(SourceKind::Role, i, i + 1, resolution);
            s.via = Some(s.range.clone());
            return Subject::Anaphor(s);
        }
        let tok_range = self.range(i, i + 1);
        if self.entity_in(&tok_range).is_some() {
            return Subject::Source(self.source(SourceKind::Entity, i, e, resolution));
        }
        if self.any_phrase_at(i, e, &self.lex.titles).is_some() {
            return Subject::Source(self.source(SourceKind::Role, i, e, resolution));
        }
        if self.in_set(i, &self.lex.organization_words)
            || self.any_phrase_at(i, e, &self.lex.institutions).is_some()
        {
            return Subject::Source(self.source(SourceKind::Organization, i, e, resolution));
        }
        if generous && self.in_set(i, &self.lex.documents) {
            return Subject::Source(self.source(SourceKind::Document, i, e, resolution));
        }
        if generous && self.is_word(i) && !self.written_in(i, &self.lex.relatives) {
            return Subject::Source(self.source(SourceKind::Other, i, e, resolution));
        }
        Subject::NotSource
    }

    /// A verb at `j`, after a vague head, that starts what is said of the source
    /// (نواب طلبوا عدم ذكر أسمائهم), or the verb's object (قولها): no word of it.
    fn starts_source_clause(&self, j: usize) -> bool {
        let lex = self.lex;
        let w = self.n(j);
        self.written_in(j, &lex.source_clause_words)
            || self.written_in(j, &lex.object_words)
            || lex
                .source_clause_endings
                .iter()
                .any(|end| w.ends_with(end.as_str()))
    }

    /// «عضو في البرلمان»، «نائب عن الحزب» at `i`: one member of a body, whom the
    /// body does not identify, unless a person is named in the phrase.
    fn unnamed_member(&self, i: usize, e: usize, resolution: Resolution) -> Option<Source> {
        let lex = self.lex;
        let one_of_many = i + 1 < e
            && self.written_in(i, &lex.members)
            && (self.written_in(i + 1, &lex.member_prepositions)
                || self.n(i + 1).starts_with('ب')
                    && self.any_phrase_at(i + 1, e, &lex.institutions).is_some());
        if !one_of_many || self.names_a_person(&self.range(i, e)) {
            return None;
        }
        Some(self.source(SourceKind::Vague, i, e, resolution))
    }

    /// Does a person's name start inside `range`?
    fn names_a_person(&self, range: &Range<usize>) -> bool {
        let from = self
            .by_start
            .partition_point(|&k| self.entities[k].range.start < range.start);
        self.by_start[from..]
            .iter()
            .map(|&k| &self.entities[k])
            .take_while(|m| m.range.start < range.end)
            .any(|m| m.kind == crate::kb::EntityType::Person)
    }

    /// «في الوزارة»، «بالحركة» at `j`: a preposition and an institution named only
    /// by its kind; the index after it.
    fn unnamed_body_at(&self, j: usize, e: usize) -> Option<usize> {
        let lex = self.lex;
        if j + 1 < e
            && self.written_in(j, &lex.of_institution)
            && self.written_in(j + 1, &lex.unnamed_institutions)
        {
            return Some(j + 2);
        }
        (j < e
            && self.n(j).starts_with('ب')
            && !self.written_in(j, &lex.unnamed_institutions)
            && self.in_set(j, &lex.unnamed_institutions))
        .then_some(j + 1)
    }

    /// An institution named at `j` (وزارة الدفاع، الجيش), not only by its kind
    /// (الوزارة): the index after it.
    fn named_institution_at(&self, j: usize, e: usize) -> Option<usize> {
        let end = self.any_phrase_at(j, e, &self.lex.institutions)?;
        // «الإدارة الأمريكية»: the kind and a nationality name one.
        let kind_only = end == j + 1
            && self.in_set(j, &self.lex.unnamed_institutions)
            && !self.definite_nisba_at(end, e);
        (!kind_only).then_some(end)
    }

    /// «لـ»، «لوكالة …»، «للصحيفة» at `j`: whom a source spoke to, not a word of it.
    fn to_someone(&self, j: usize, e: usize) -> bool {
        let t = self.n(j);
        t == "ل"
            || t.starts_with('ل')
                && (self.any_phrase_at(j, e, &self.lex.institutions).is_some()
                    || self.any_phrase_at(j, e, &self.lex.media_nouns).is_some()
                    || self.in_set(j, &self.lex.outlet_self))
    }

    /// An indefinite nisba adjective (بريطانية، محلي) at `j`, inside the phrase.
    fn nisba_at(&self, j: usize, e: usize) -> bool {
        let adj = self.n(j);
        j < e
            && self.kind(j) == Some(TokenKind::Arabic)
            && !adj.starts_with("ال")
            && (adj.ends_with("يه") || adj.ends_with("ي"))
    }

    /// A definite nisba adjective (الأمريكية، المصري) at `j`, inside the phrase.
    fn definite_nisba_at(&self, j: usize, e: usize) -> bool {
        let adj = self.n(j);
        j < e
            && self.kind(j) == Some(TokenKind::Arabic)
            && adj.starts_with("ال")
            && (adj.ends_with("يه") || adj.ends_with("ي"))
    }

    /// A vague source: the noun ending at `noun_end` and the adjective after it.
    fn vague_with_adjective(
        &self,
        i: usize,
        noun_end: usize,
        e: usize,
        resolution: Resolution,
    ) -> Source {
        let mut s = self.source(SourceKind::Vague, i, e, resolution);
        s.range = self.range(i, noun_end + 1);
        s.name = self.doc.text.get(s.range.clone()).unwrap_or("").to_string();
        s
    }

    /// After a vague head: "في/ب/لدى + institution" makes an unnamed official of a
    /// named institution a source; "مقربة من" never does. `members`: only the
    /// institution right after the head counts, named or known from the context
    /// (نواب المجلس: the council's members).
    fn of_institution(&self, from: usize, e: usize, members: bool) -> bool {
        let mut j = from;
        // Idafa: مسؤولو الوزارة. Not «لوكالة …»: whom they spoke to.
        let written = |j: usize| {
            let word = self.words.id(j);
            !self.lex.institutions.starting_with(word).is_empty()
        };
        if members {
            return j < e
                && written(j)
                && self.any_phrase_at(j, e, &self.lex.institutions).is_some();
        }
        if j < e && written(j) && self.named_institution_at(j, e).is_some() {
            return true;
        }
        while j < e {
            if self.written_in(j, &self.lex.close_to) || matches!(self.n(j), "،" | "," | "عن") {
                return false;
            }
            if self.written_in(j, &self.lex.of_institution)
                && self.named_institution_at(j + 1, e).is_some()
            {
                return true;
            }
            // بوزارة
            if self.n(j).starts_with('ب')
                && self.named_institution_at(j, e).is_some()
                && !written(j)
            {
                return true;
            }
            j += 1;
        }
        false
    }

    /// Skip the sentence-opening words (و، كما، من جهته،, punctuation).
    fn clause_start(&self, a: usize, b: usize) -> usize {
        let mut i = a;
        loop {
            if i >= b {
                return i;
            }
            if self.is_punct(i) && !self.is_quote_mark(i) {
                i += 1;
                continue;
            }
            if let Some(next) = self
                .any_phrase_at(i, b, &self.lex.clause_openers)
                .or_else(|| self.any_phrase_at(i, b, &self.lex.adverbs))
            {
                // "و" as a clitic of a longer word is handled by matching.
                if self.n(i).chars().count() <= 5
                    && (next > i + 1
                        || self
                            .lex
                            .clause_openers
                            .iter()
                            .any(|p| p.len() == 1 && p[0] == self.words.id(i))
                        || self.n(i) == "و")
                {
                    i = next;
                    continue;
                }
            }
            return i;
        }
    }

    fn subject_of(&self, h: &VerbHit, a: usize, b: usize) -> Subject {
        let i = h.i;
        // The word before the verb, skipping a lone و.
        let mut p = i;
        while p > a && matches!(self.n(p - 1), "و" | "ف") {
            p -= 1;
        }
        let prev = (p > a).then(|| p - 1);
        let vso = match prev {
            None => true,
            Some(q) => {
                (self.is_punct(q) && !self.is_quote_mark(q))
                    || self.lex.clause_openers.iter().any(|ph| {
                        ph.len() <= q + 1 - a && {
                            let s = q + 1 - ph.len();
                            self.phrase_at(s, q + 1, ph) == Some(q + 1)
                        }
                    })
                    || self.any_phrase_at(q, q + 1, &self.lex.adverbs).is_some()
            }
        };
        if let (false, Some(q)) = (vso, prev) {
            if self.written_in(q, &self.lex.relatives) {
                // The antecedent: the word before الذي (skipping a comma).
                let mut r = q;
                while r > a && matches!(self.n(r - 1), "،" | ",") {
                    r -= 1;
                }
                if r > a && self.is_word(r - 1) && !self.is_function(r - 1) {
                    return self.classify(r - 1, r, true, Resolution::Explicit);
                }
                return Subject::Pronoun;
            }
            // SVO: a subject at the start of the clause.
            let s = self.clause_start(a, i);
            if s < i {
                if let r @ (Subject::Source(_) | Subject::Anaphor(_) | Subject::Hedge) =
                    self.classify(s, i, false, Resolution::Explicit)
                {
                    return r;
                }
            }
            // After "إلا أن"/"أن": the noun right after the complementiser.
            let mut s = i;
            while s > a {
                s -= 1;
                if self.is_comp(s) || self.n(s) == "،" {
                    break;
                }
            }
            if s + 1 < i {
                if let r @ (Subject::Source(_) | Subject::Anaphor(_) | Subject::Hedge) =
                    self.classify(s + 1, i, false, Resolution::Explicit)
                {
                    return r;
                }
            }
            // A noun right before the verb is its subject (علامة تشير، فالكم تعلن),
            // also when quoted ("حلف الناتو" ترى).
            let q = if self.is_quote_mark(q) && q > a && self.is_word(q - 1) {
                q - 1
            } else {
                q
            };
            if self.is_word(q) && !self.is_function(q) && !self.is_comp(q) {
                let r = self.classify(q, q + 1, true, Resolution::Explicit);
                if let Subject::Source(_) | Subject::Anaphor(_) | Subject::Hedge = r {
                    return r;
                }
            }
        }
        // Post-verbal subject.
        let mut k = i + 1;
        loop {
            if let Some(next) = self.any_phrase_at(k, b, &self.lex.adverbs) {
                k = next;
                continue;
            }
            if matches!(self.n(k), "،" | ",") {
                // A parenthetical: ", في تصريح صحفي،".
                if let Some(close) =
                    (k + 1..(k + 10).min(b)).find(|&j| matches!(self.n(j), "،" | ","))
                {
                    if self.is_function(k + 1) {
                        k = close + 1;
                        continue;
                    }
                }
            }
            break;
        }
        // وقالت «فقيها»: a quoted name as the subject.
        if self.is_quote_mark(k) {
            if let Some(close) = (k + 2..(k + 5).min(b)).find(|&j| self.is_quote_mark(j)) {
                if close > k + 1 {
                    return self.classify(k + 1, close, true, Resolution::Explicit);
                }
            }
        }
        // نقل X عن Y: Y is the source.
        let past = self
            .lex
            .verbs
            .get(h.verb)
            .map(|v| normalize(&v.past))
            .unwrap_or_default();
        let e = self.np_end(k, b);
        for att in &self.lex.attribution {
            if att.after_verb.contains(&past) {
                for j in k..e {
                    if let Some(after) = self.phrase_at(j, e + 1, &att.words) {
                        if j == k || self.words.id(j) == att.words[0] {
                            return self.classify(after, b, true, Resolution::Explicit);
                        }
                    }
                }
            }
        }
        self.classify(k, b, true, Resolution::Explicit)
    }

    pub fn read(&self, k: usize) -> Info {
        let mut info = Info::default();
        let Some(sentence) = self.doc.sentences().get(k) else {
            return info;
        };
        let toks = self.doc.tokens_in(sentence.range.clone());
        let (a, b) = (toks.start, toks.end);
        if b <= a || b - a > 3000 {
            return info;
        }
        let lex = self.lex;
        let mut neutral = vec![false; b - a];
        // The outlet's own voice (يذكر أن) is not a signal, nor is «كما يقال»
        // before a saying.
        let voice = lex.background.bit | lex.sayings.bit;
        for i in a..b {
            if !self.may_start(i, voice) {
                continue;
            }
            if let Some(end) = self
                .any_phrase_at(i, b, &lex.background)
                .or_else(|| self.saying_at(i, b))
            {
                for n in neutral.iter_mut().take(end - a).skip(i - a) {
                    *n = true;
                }
            }
        }
        // Verbs.
        let mut hits = Vec::new();
        for i in a..b {
            if neutral[i - a] {
                continue;
            }
            if let Some(h) = self.verb_at(i, a, b) {
                hits.push(h);
            }
        }
        // Impersonal phrases.
        let mut impersonal_at = Vec::new();
        for i in a..b {
            if neutral[i - a] {
                continue;
            }
            if let Some(end) = self.any_phrase_at(i, b, &lex.impersonal) {
                if i > a && self.written_in(i - 1, &lex.negations) {
                    continue;
                }
                impersonal_at.push(i);
                info.signals.push((Signal::Impersonal, self.range(i, end)));
            }
        }
        let mut any_verb = !impersonal_at.is_empty();
        let mut sources: Vec<Source> = Vec::new();
        // Each verb's own source, for the figures after it.
        let mut verb_sources: Vec<(usize, Source)> = Vec::new();
        // Where the reported content of an earlier verb starts: verbs inside it
        // (قال إن الشركة أعلنت …) report nothing themselves.
        // An impersonal form's content too (من المتوقع أن تعلن الوزارة …): who
        // will announce is part of the forecast, not its source.
        let mut content_from: Option<usize> = impersonal_at
            .iter()
            .filter_map(|&i| (i..(i + 12).min(b)).find(|&j| self.is_comp(j)))
            .min();
        for h in &hits {
            let verb = &lex.verbs[h.verb];
            let range = self.range(h.i, h.i + 1);
            let clitic = self
                .doc
                .tokens
                .get(h.i)
                .is_some_and(|t| h.stem_start > t.range.start);
            let in_content = content_from.is_some_and(|c| h.i > c)
                && !clitic
                && !matches!(self.n(h.i.saturating_sub(1)), "،" | "," | "و" | "ف" | "؛")
                // في حين قدّرت …، بينما أكد …: a new clause with its own speaker.
                && !lex.clause_openers.iter().any(|ph| {
                    ph.len() > 1
                        && h.i >= a + ph.len()
                        && self.phrase_at(h.i - ph.len(), h.i, ph) == Some(h.i)
                })
                && !matches!(self.n(h.i.saturating_sub(1)), "بينما" | "فيما" | "كما");
            if !in_content && content_from.is_none() {
                content_from = (h.i + 1..(h.i + 12).min(b)).find(|&j| self.is_comp(j));
            }
            if verb.role == Role::Loaded {
                let orig = self.orig(h.i);
                info.loaded.push(Loaded {
                    range: range.clone(),
                    stem_start: h.stem_start,
                    verb: h.verb,
                    slot: h.slot,
                    diacritics: has_harakat(orig),
                });
            }
            if in_content {
                continue;
            }
            any_verb = true;
            if matches!(h.slot, Slot::Pres1s | Slot::Pres1p | Slot::Past1p) {
                // The writer's own voice (أرى، نقول).
                continue;
            }
            let negated = h.i > a && self.written_in(h.i - 1, &lex.negations);
            if h.passive && negated {
                continue;
            }
            if h.passive {
                if !impersonal_at.contains(&h.i) {
                    info.signals.push((Signal::Impersonal, range));
                }
                continue;
            }
            info.signals.push((Signal::ReportingVerb, range.clone()));
            if h.slot.is_participle() {
                if info.pronoun_verb.is_none() {
                    info.pronoun_verb = Some(range);
                }
                continue;
            }
            let subject = if verb.outlet_voice {
                self.outlet_sources(h.i + 1, b)
            } else {
                self.subject_of(h, a, b)
            };
            match subject {
                Subject::Source(s) => {
                    info.speaks = true;
                    verb_sources.push((h.i, s.clone()));
                    sources.push(s);
                }
                Subject::Anaphor(s) => {
                    info.speaks = true;
                    info.anaphors.push(s);
                }
                // A hedge noun as the subject: the noun itself is a signal.
                Subject::Hedge => {}
                Subject::Pronoun => {
                    if info.pronoun_verb.is_none() {
                        info.pronoun_verb = Some(range);
                    }
                }
                Subject::NotSource => {}
            }
        }
        // A pronoun subject with a named subject at the start of the sentence
        // (long apposition: "X، الذي …، قال").
        if sources.is_empty() && info.anaphors.is_empty() && info.pronoun_verb.is_some() {
            let s = self.clause_start(a, b);
            if let Subject::Source(src) = self.classify(s, b, false, Resolution::Explicit) {
                if src.range.start < info.pronoun_verb.as_ref().map_or(0, |r| r.start) {
                    sources.push(src);
                    info.speaks = true;
                }
            }
        }
        // An unknown verb opening the clause (اتهمت الحكومة …، قائلة إن): its
        // subject speaks for the participle or pronoun verb after it.
        if sources.is_empty() && info.anaphors.is_empty() && info.pronoun_verb.is_some() {
            let s = self.clause_start(a, b);
            let first = self.n(s);
            let pv = info.pronoun_verb.as_ref().map_or(0, |r| r.start);
            if s + 1 < b
                && self.kind(s) == Some(TokenKind::Arabic)
                && !first.starts_with("ال")
                && !self.is_function(s)
                && !hits.iter().any(|h| h.i == s)
                && self.range(s + 1, s + 2).start < pv
            {
                if let Subject::Source(src) = self.classify(s + 1, b, true, Resolution::Explicit) {
                    if src.range.start < pv {
                        sources.push(src);
                        info.speaks = true;
                    }
                }
            }
        }
        // A person named earlier in the sentence (ركز نايف على … وأكد أن).
        if sources.is_empty() && info.anaphors.is_empty() {
            if let Some(pv) = info.pronoun_verb.clone() {
                let start = sentence.range.start;
                let person = self
                    .entities
                    .iter()
                    .filter(|m| {
                        m.kind == crate::kb::EntityType::Person
                            && m.range.start >= start
                            && m.range.end <= pv.start
                    })
                    .max_by_key(|m| m.range.start);
                if let Some(m) = person {
                    sources.push(Source {
                        kind: SourceKind::Entity,
                        range: m.range.clone(),
                        name: self.doc.text.get(m.range.clone()).unwrap_or("").to_string(),
                        entity: m.id.clone(),
                        resolution: Resolution::SameSentence,
                        via: Some(pv),
                    });
                    info.speaks = true;
                }
            }
        }
        if !sources.is_empty() {
            // Other pronoun verbs take the sentence's subject.
            info.pronoun_verb = None;
        }
        // Hedge nouns (also inside the outlet's background voice).
        for i in a..b {
            if let Some(end) = self.any_phrase_at(i, b, &lex.hedge_nouns) {
                if self
                    .any_phrase_at(i, b, &lex.vague)
                    .is_some_and(|v| v > end)
                {
                    continue;
                }
                let blocked = i > a
                    && (self.written_in(i - 1, &lex.hedge_blockers)
                        || self.in_set(i - 1, &lex.hedge_blockers)
                        || self.written_in(i - 1, &lex.demonstratives));
                // A definite hedge noun with no content after it talks about the
                // rumours (حتى تتوقف الشائعات); one with content reports them.
                let definite = clitic_splits(self.n(i)).iter().any(|s| s.article);
                let clause_end = (end..(end + 4).min(b))
                    .find(|&j| self.is_punct(j) && !self.is_quote_mark(j))
                    .unwrap_or((end + 4).min(b));
                let content = (end..clause_end)
                    .any(|j| self.is_comp(j) || self.in_set(j, &lex.hedge_content));
                if !blocked && (!definite || content) && !self.denied_later(end, b) {
                    info.signals.push((Signal::Hedge, self.range(i, end)));
                }
            }
        }
        // Attribution phrases.
        for i in a..b {
            for k in self.starting_here(i, &lex.attribution_first, ATTRIBUTION_BIT) {
                let att = &lex.attribution[k];
                if !att.after_verb.is_empty() {
                    continue;
                }
                let Some(mut p) = self.phrase_at(i, b, &att.words) else {
                    continue;
                };
                if let Some(then) = &att.then {
                    if self.n(p) == then {
                        p += 1;
                    } else if !self.n(p).starts_with(then.as_str()) {
                        continue;
                    }
                }
                // "بحسب ما ذكرت X": the source is the subject of the verb after ما.
                if self.n(p) == "ما" {
                    if !hits.iter().any(|h| h.i == p + 1 && !h.passive) {
                        continue;
                    }
                    p += 2;
                    if self.is_quote_mark(p) {
                        p += 1;
                    }
                }
                // Only an attribution that names something counts (not فحسب).
                match self.classify(p, b, true, Resolution::Attribution) {
                    Subject::Source(s) => {
                        info.signals.push((Signal::Attribution, self.range(i, p)));
                        info.speaks = true;
                        // نقلاً عن Y: Y is the source, whoever relays it.
                        if att.relays {
                            sources.clear();
                        }
                        sources.push(s);
                    }
                    Subject::Anaphor(s) => {
                        info.signals.push((Signal::Attribution, self.range(i, p)));
                        info.anaphors.push(s);
                    }
                    _ => continue,
                }
                break;
            }
        }
        if let Some((at, s)) = self.statement_text(a, b) {
            info.signals.push((Signal::Attribution, at));
            info.speaks = true;
            sources.push(s);
        }
        // Headline colon: "X: نص".
        let start = self.clause_start(a, b).min(b);
        if let Some(c) = self.headline_colon(start, b) {
            // «مصادر لـ«الصحيفة»: …»: the outlet's name may be quoted.
            let words_before = (a..c).all(|j| self.is_word(j) || self.is_quote_mark(j));
            let after = b.saturating_sub(c + 1);
            if c > a
                && words_before
                && after >= 2
                && !self.is_function(a)
                && hits.iter().all(|h| h.i > c)
            {
                if let Subject::Source(s) = self.classify(a, c, true, Resolution::Headline) {
                    info.signals.push((Signal::Headline, s.range.clone()));
                    info.speaks = true;
                    sources.push(s);
                }
            }
        }
        // Backward sourcing: "وجاءت هذه المزاعم (أولاً) من X".
        if let Some(back) = self.backref(start, b) {
            info.speaks = true;
            info.backref = Some(back.clone());
            sources.push(back);
        }
        // Quotations.
        let mut quotes = Vec::new();
        let quote_ids = self.quotes.get(&k).cloned().unwrap_or_default();
        for q in quote_ids
            .iter()
            .filter_map(|&i| self.doc.segmentation.quotes.get(i))
        {
            if !q.closed {
                continue;
            }
            let inner = self.doc.tokens_in(q.inner.clone());
            let words = inner.clone().filter(|&j| !self.is_punct(j)).count();
            if words < 4 {
                continue;
            }
            let open = self.doc.tokens_in(q.range.clone()).start;
            let titled = (open.saturating_sub(2)..open).any(|j| {
                j >= a
                    && lex
                        .title_markers
                        .iter()
                        .any(|p| self.phrase_at(j, open, p) == Some(open))
            });
            // «كما يقال: «…»»: the quotation is the saying.
            let said = open > a && neutral[open - 1 - a];
            if titled || said || self.is_proverb(inner.clone()) {
                continue;
            }
            // A statement is introduced (start, colon, أن, a verb, a comma); a
            // quotation after a noun or a preposition is a name or a term.
            let introduced = open == a || {
                let p = open - 1;
                matches!(self.n(p), ":" | "،" | "," | "-" | "–" | "." | "(")
                    || self.is_comp(p)
                    || hits.iter().any(|h| h.i == p)
                    || self.in_set(p, &lex.object_words)
            };
            if !introduced {
                continue;
            }
            // «محمد الشلهوب، خالد كعبي»: a list of names.
            let mut chunks = vec![0usize];
            for j in inner.clone() {
                if matches!(self.n(j), "،" | ",") {
                    chunks.push(0);
                } else if !self.is_punct(j) {
                    if let Some(c) = chunks.last_mut() {
                        *c += 1;
                    }
                }
            }
            if chunks.len() > 1 && chunks.iter().all(|&c| c <= 2) {
                continue;
            }
            quotes.push(q.range.clone());
            info.signals.push((Signal::Quote, q.range.clone()));
        }
        // "«…»، بهذه الكلمات وصف X" in the sentence or the next one.
        if let Some(s) = self.quote_backref(a, b) {
            if !quotes.is_empty() {
                info.speaks = true;
                sources.push(s.clone());
            }
            info.quote_backref = Some(s);
        }
        // Figures.
        let estimate_verb = hits.iter().find(|h| {
            let v = &lex.verbs[h.verb];
            v.role == Role::Estimate && normalize(&v.past) == "قدر"
        });
        let sent = self.doc.sentences()[k].range.clone();
        let first = self.doc.numbers.partition_point(|n| n.tokens.start < a);
        for num in &self.doc.numbers[first..] {
            if num.tokens.start >= b {
                break;
            }
            let s0 = num.tokens.start;
            let mut marker = None;
            let precise = num.value.fract() != 0.0 || self.n(num.tokens.start).contains(['.', ',']);
            for p in lex.estimate_before.iter() {
                if s0 >= p.len() + a {
                    let st = s0 - p.len();
                    if self.phrase_at(st, s0, p) == Some(s0) {
                        if !(precise && lex.bound_markers.contains(p)) {
                            marker = Some(self.range(st, s0));
                        }
                        break;
                    }
                }
                // "نحو الـ 500": the article written apart.
                if s0 > p.len() + a && self.n(s0 - 1) == "ال" {
                    let st = s0 - 1 - p.len();
                    if self.phrase_at(st, s0 - 1, p) == Some(s0 - 1) {
                        marker = Some(self.range(st, s0));
                        break;
                    }
                }
            }
            if marker.is_none() {
                let after = num.noun.as_ref().map_or(num.tokens.end, |n| {
                    self.doc.tokens_in(n.range.clone()).end.max(num.tokens.end)
                });
                for j in after..(after + 2).min(b) {
                    if let Some(end) = self.any_phrase_at(j, b, &lex.estimate_after) {
                        marker = Some(self.range(j, end));
                        break;
                    }
                }
            }
            if marker.is_none() {
                if let Some(h) = estimate_verb {
                    if h.i < s0 {
                        marker = Some(self.range(h.i, h.i + 1));
                    }
                }
            }
            let unit = num.noun.as_ref().is_some_and(|n| {
                let of = |set: &WordSet| {
                    set.contains(&n.lemma) || set.contains(n.lemma.trim_end_matches('ا'))
                };
                of(&lex.non_claim_units)
                    && !(of(&lex.time_units)
                        && marker.as_ref().is_some_and(|m| {
                            let at = self.doc.tokens_in(m.clone()).start.min(s0);
                            self.estimated_duration(a, at)
                        }))
            });
            if let (Some(m), false) = (&marker, unit) {
                let end = num
                    .noun
                    .as_ref()
                    .map_or(num.range.end, |n| n.range.end.max(num.range.end))
                    .max(if m.start > num.range.start { m.end } else { 0 });
                info.signals
                    .push((Signal::Estimate, m.start.min(num.range.start)..end));
            }
            info.figures.push(Figure {
                range: num.range.clone(),
                value: num.value,
                percent: num.percent,
                noun: num.noun.as_ref().map(|n| n.lemma.clone()),
                noun_range: num.noun.as_ref().map(|n| n.range.clone()),
                estimate: marker,
                // The figure belongs to the nearest verb before it with a source
                // (… في حين قدّرت وزارة الدفاع … بنحو 10 آلاف).
                source: verb_sources
                    .iter()
                    .rev()
                    .find(|(i, s)| *i < s0 && !s.is_vague())
                    .map(|(_, s)| s.clone()),
                sentence: sent.clone(),
            });
        }
        for span in self.estimated_dual_durations(a, b) {
            info.signals.push((Signal::Estimate, span));
        }
        // A question asserts nothing (interview questions, rhetorical ones).
        if matches!(sentence.terminator, Some('؟' | '?')) {
            info.signals.clear();
            info.pronoun_verb = None;
        }
        // Names and institutions standing in the sentence but not as its source,
        // for the "mentioned, not its source" pointer of an unsourced claim.
        if sources.is_empty() {
            let range = sentence.range.clone();
            let from = self
                .by_start
                .partition_point(|&i| self.entities[i].range.start < range.start);
            for &i in self.by_start[from..].iter().take(3) {
                let m = &self.entities[i];
                if m.range.end <= range.end && m.kind != crate::kb::EntityType::Location {
                    info.previous_speaker_hint.push(m.range.clone());
                }
            }
            if info.previous_speaker_hint.is_empty() {
                for i in a..b {
                    if let Some(end) = self.any_phrase_at(i, b, &lex.institutions) {
                        info.previous_speaker_hint.push(self.range(i, end));
                        break;
                    }
                }
            }
        }
        info.quote_only = !quotes.is_empty()
            && !any_verb
            && info.signals.iter().all(|(s, _)| *s == Signal::Quote);
        info.explicit_sources = sources;
        info.signals.sort_by_key(|(_, r)| r.start);
        info.verbless = !any_verb;
        info.report = self.named_report(a, b, &info.explicit_sources);
        info.goes_on_with_content = self.is_comp(a);
        info
    }

    /// «كما يقال» at `i` introducing a saying: a quotation opening after it (past a
    /// colon or a comma), or a well-known proverb that ends the sentence. The index
    /// after the marker and the punctuation before the saying.
    fn saying_at(&self, i: usize, b: usize) -> Option<usize> {
        let mut j = self.any_phrase_at(i, b, &self.lex.sayings)?;
        while j < b && self.is_punct(j) && !self.is_quote_mark(j) {
            j += 1;
        }
        let quoted = j < b && self.is_quote_mark(j);
        let rest_is_proverb = || {
            self.any_phrase_at(j, b, &self.lex.proverbs)
                .is_some_and(|end| (end..b).all(|k| self.is_punct(k)))
        };
        (quoted || rest_is_proverb()).then_some(j)
    }

    /// Is the quotation's inner text (tokens `inner`) a well-known proverb, with
    /// nothing but punctuation around it?
    fn is_proverb(&self, inner: Range<usize>) -> bool {
        let Some(first) = inner.clone().find(|&j| !self.is_punct(j)) else {
            return false;
        };
        self.any_phrase_at(first, inner.end, &self.lex.proverbs)
            .is_some_and(|end| (end..inner.end).all(|j| self.is_punct(j)))
    }

    /// The outlet naming itself at `j` (الصحيفة، «الصحيفة»): the index after it.
    fn outlet_subject(&self, mut j: usize, end: usize) -> Option<usize> {
        if let Some(after) = self.quoted_outlet(j, end) {
            return Some(after);
        }
        while j < end && self.is_quote_mark(j) {
            j += 1;
        }
        if j >= end || !self.in_set(j, &self.lex.outlet_self) {
            return None;
        }
        j += 1;
        while j < end && self.is_quote_mark(j) {
            j += 1;
        }
        Some(j)
    }

    /// A paper's quoted name of up to three words at `j` (علمت «الأيام» أن …)
    /// before what it learned (أن) or whom from (من): the index after it.
    fn quoted_outlet(&self, j: usize, end: usize) -> Option<usize> {
        if !self.is_quote_mark(j) {
            return None;
        }
        let close = (j + 2..(j + 5).min(end)).find(|&k| self.is_quote_mark(k))?;
        let after = close + 1;
        let name = (j + 1..close).all(|k| self.is_word(k));
        let learned =
            after < end && (self.is_comp(after) || self.written_in(after, &self.lex.outlet_from));
        (name && learned).then_some(after)
    }

    /// The outlet is no source of what it learned; its sources after «من» are.
    fn outlet_sources(&self, j: usize, end: usize) -> Subject {
        let Some(after) = self.outlet_subject(j, end) else {
            return Subject::NotSource;
        };
        if after < end && self.in_set(after, &self.lex.outlet_from) {
            if let s @ Subject::Source(_) =
                self.classify(after + 1, end, false, Resolution::Explicit)
            {
                return s;
            }
        }
        Subject::NotSource
    }

    /// A report, index or list named in the sentence with its issuer (its
    /// speaker, or an organisation or person named after the report noun).
    fn named_report(&self, a: usize, b: usize, sources: &[Source]) -> Option<Source> {
        let noun = (a..b).find(|&i| self.in_set(i, &self.lex.report_nouns))?;
        if let Some(s) = sources.iter().find(|s| !s.is_vague()) {
            return Some(s.clone());
        }
        let issuer = (a..b).find(|&i| {
            i != noun
                && (self
                    .entity_in(&self.range(i, i + 1))
                    .is_some_and(|m| m.kind != crate::kb::EntityType::Location)
                    || self.any_phrase_at(i, b, &self.lex.institutions).is_some())
        })?;
        let e = self.np_end(issuer, b);
        Some(self.source(
            SourceKind::Organization,
            issuer,
            e,
            Resolution::Continuation,
        ))
    }

    fn backref(&self, start: usize, b: usize) -> Option<Source> {
        let lex = self.lex;
        if start >= b || !self.in_set(start, &lex.backref_verbs) {
            return None;
        }
        let mut j = start + 1;
        if !self.written_in(j, &lex.demonstratives) {
            return None;
        }
        j += 1;
        j = self.any_phrase_at(j, b, &lex.hedge_nouns)?;
        while let Some(next) = self.any_phrase_at(j, b, &lex.backref_skip) {
            j = next;
        }
        let after = self.any_phrase_at(j, b, &lex.backref_prepositions)?;
        match self.classify(after, b, false, Resolution::Explicit) {
            Subject::Source(s) => Some(s),
            _ => None,
        }
    }

    fn quote_backref(&self, a: usize, b: usize) -> Option<Source> {
        // «…».. رسالة مدرب الفريق: a speech noun right after a quotation.
        for i in a..b {
            if !self.in_set(i, &self.lex.speech_nouns) {
                continue;
            }
            let after_quote = (a..i)
                .rev()
                .find(|&j| !matches!(self.n(j), "." | "،" | "," | "-" | "–" | ":"))
                .is_some_and(|j| self.is_quote_mark(j));
            if after_quote {
                if let Subject::Source(s) = self.classify(i + 1, b, false, Resolution::Explicit) {
                    if !s.is_vague() {
                        return Some(s);
                    }
                }
            }
        }
        let i = (a..b).find(|&i| self.written_in(i, &self.lex.quote_backref))?;
        // بهذه [الكلمات] <verb> <subject>
        for verb_at in [i + 1, i + 2] {
            if verb_at + 1 >= b {
                break;
            }
            if let Subject::Source(s) = self.classify(verb_at + 1, b, false, Resolution::Explicit) {
                if !s.is_vague() {
                    return Some(s);
                }
            }
        }
        None
    }
}

/// The surname of a named source (its last word), for later surname-only mentions.
pub fn surname_of(_doc: &Document, lexicon: &Lexicon, s: &Source) -> Option<String> {
    if s.is_vague() {
        return None;
    }
    let name = normalize(&s.name);
    let mut words = name
        .split(|c: char| c.is_whitespace() || c == '،' || c == ',')
        .filter(|w| !w.is_empty());
    let last = words.next_back()?;
    // A single word is no full name.
    words.next_back()?;
    let id = lexicon.vocab.get(last);
    let one_word = |list: &PhraseList| list.starting_with(id).iter().any(|&k| list[k].len() == 1);
    if lexicon.function_words.contains(last)
        || one_word(&lexicon.institutions)
        || one_word(&lexicon.titles)
    {
        return None;
    }
    Some(last.to_string())
}
