//! Claims: unsourced claims, vague sources, unattributed quotes and loaded verbs
//! (see `../shared/design/claims.md`).
//!
//! The pipeline, per document:
//! 1. [`boilerplate`] marks the lines never analysed (المصدر:، كلمات دلالية: …) and
//!    records the outlet;
//! 2. [`sentence`] reads each sentence: its signals (reporting verbs, impersonal
//!    forms, hedge nouns, estimated figures, quoted statements, attribution phrases,
//!    headline colons) and the sources standing in it;
//! 3. [`analyze`] resolves sources across sentences (continuation, anaphors,
//!    surnames, backward sourcing) and turns each claim into at most one finding,
//!    plus the independent `loaded-verb` hints.

pub mod boilerplate;
pub mod hover;
pub mod lexicon;
pub mod sentence;
pub mod words;

use std::ops::Range;

use serde::Serialize;

use crate::analysis::{Code, Diagnostic, Fix, Related};
use crate::entities::EntityMention;
use crate::text::Document;

pub use lexicon::{Lexicon, Role, Slot};
use words::is_alphanumeric;

/// What made a sentence a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Signal {
    /// قال، أكد … (any person, tense, clitic).
    ReportingVerb,
    /// قيل، يُعتقد، من المرجح …
    Impersonal,
    /// تكهنات، شائعات، أنباء …
    Hedge,
    /// A figure with an estimate marker or verb.
    Estimate,
    /// A quoted statement of four words or more.
    Quote,
    /// وفقاً لـ، بحسب …
    Attribution,
    /// `X: نص` at the start of a line.
    Headline,
}

impl Signal {
    pub fn describe(self) -> (&'static str, &'static str) {
        match self {
            Signal::ReportingVerb => ("فعل إسناد", "reporting verb"),
            Signal::Impersonal => ("صيغة مبنية للمجهول", "impersonal or passive reporting"),
            Signal::Hedge => ("لفظ تكهن أو شائعة", "hedge or rumour noun"),
            Signal::Estimate => ("رقم تقديري", "estimated figure"),
            Signal::Quote => ("اقتباس", "quoted statement"),
            Signal::Attribution => ("عبارة إسناد", "attribution phrase"),
            Signal::Headline => ("عنوان بنقطتين", "headline with a colon"),
        }
    }
}

/// How a claim's source was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Resolution {
    /// Named as the subject of the reporting verb in the sentence.
    Explicit,
    /// Named after an attribution phrase (وفقاً لـ، بحسب).
    Attribution,
    /// The subject of another reporting verb in the same sentence.
    SameSentence,
    /// A continuation verb or a pronoun subject: the previous speaker.
    Continuation,
    /// An anaphoric description (الدبلوماسي) of the previous speaker.
    Anaphor,
    /// A surname standing for a full name mentioned earlier.
    Surname,
    /// A later sentence names the source (وجاءت هذه المزاعم من …).
    Backward,
    /// A headline `X: …`.
    Headline,
}

impl Resolution {
    pub fn describe(self) -> (&'static str, &'static str) {
        match self {
            Resolution::Explicit => ("مذكور صراحة", "named in the sentence"),
            Resolution::Attribution => ("بعبارة إسناد", "after an attribution phrase"),
            Resolution::SameSentence => (
                "فاعل فعل سابق في الجملة",
                "subject of an earlier verb in the sentence",
            ),
            Resolution::Continuation => (
                "استمرار لكلام المتحدث السابق",
                "continues the previous speaker",
            ),
            Resolution::Anaphor => (
                "إحالة إلى متحدث سابق",
                "an anaphor for the previous speaker",
            ),
            Resolution::Surname => (
                "اسم العائلة لمن ذُكر سابقاً",
                "a surname for a name given earlier",
            ),
            Resolution::Backward => ("تنسبه جملة لاحقة", "sourced by a later sentence"),
            Resolution::Headline => (
                "عنوان بصيغة «المصدر: …»",
                "a headline of the form «source: …»",
            ),
        }
    }
}

/// The kind of thing a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// A person or organisation recognised as an entity.
    Entity,
    /// A title or role (وزير الصحة، المتحدث باسم الكرملين).
    Role,
    /// An organisation word (وزارة، هيئة، شركة …).
    Organization,
    /// A document whose issuer is named (المادة الرابعة من الاتفاقية، تقرير الوكالة).
    Document,
    /// Some other noun phrase standing as the subject.
    Other,
    /// Unidentifiable (مصادر مطلعة، خبراء).
    Vague,
}

/// Who a claim is attributed to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    pub kind: SourceKind,
    /// Where the source is named (for continuations: where it was named first).
    pub range: Range<usize>,
    /// The words naming it, as written.
    pub name: String,
    /// The speaker's knowledge-base or document id, when an entity names it.
    pub entity: Option<String>,
    pub resolution: Resolution,
    /// The word in this sentence that points to it (وأضاف، الدبلوماسي, a surname).
    pub via: Option<Range<usize>>,
}

impl Source {
    pub fn is_vague(&self) -> bool {
        self.kind == SourceKind::Vague
    }
}

/// A claim: a sentence (or quotation) reporting something as said, estimated,
/// believed, rumoured or counted.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// The signal's range: the verb, the hedge noun, the figure, the quotation.
    pub trigger: Range<usize>,
    pub sentence: Range<usize>,
    pub signal: Signal,
    /// The source, if any (possibly vague).
    pub source: Option<Source>,
    /// Why no usable source was found (Arabic, English).
    pub reason: Option<(String, String)>,
    /// The diagnostic code it produced, if any (loaded verbs not included).
    pub finding: Option<Code>,
}

/// A figure with the noun it counts and its source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub range: Range<usize>,
    pub value: f64,
    pub percent: bool,
    /// Normalised counted noun (جندي، دولار), if any.
    pub noun: Option<String>,
    pub noun_range: Option<Range<usize>>,
    /// The estimate marker or verb (حوالي، نحو، قدّرت), if any.
    pub estimate: Option<Range<usize>>,
    pub source: Option<Source>,
    pub sentence: Range<usize>,
}

#[derive(Debug, Default)]
pub struct Output {
    pub claims: Vec<Claim>,
    pub figures: Vec<Figure>,
    pub diagnostics: Vec<Diagnostic>,
    /// The outlet named on an `المصدر:` line, never a source for the body.
    pub outlet: Option<String>,
}

/// Analyse a document's claims. Never panics on any input.
pub fn analyze(doc: &Document, entities: &[EntityMention], lexicon: &Lexicon) -> Output {
    let boiler = boilerplate::scan(doc, lexicon);
    let reader = sentence::Reader::new(doc, entities, lexicon);
    let sentences = doc.sentences();
    let mut infos: Vec<Option<sentence::Info>> = Vec::with_capacity(sentences.len());
    for (k, s) in sentences.iter().enumerate() {
        if boiler.skips(s.range.start) {
            infos.push(None);
        } else {
            infos.push(Some(reader.read(k)));
        }
    }

    let mut out = Output {
        outlet: boiler.outlet.clone(),
        ..Output::default()
    };
    // Persons named so far, for surnames: (surname, source).
    let mut named: Vec<(String, Source)> = Vec::new();
    let mut speaker: Option<Source> = None;
    // A report named with its issuer in the sentence before.
    let mut report: Option<Source> = None;
    let mut prev_paragraph: Option<usize> = None;
    let mut resolved: Vec<Option<Resolved>> = vec![None; infos.len()];

    for k in 0..infos.len() {
        let Some(info) = &infos[k] else {
            continue;
        };
        let paragraph = sentences[k].paragraph;
        let same_paragraph = prev_paragraph == Some(paragraph);
        prev_paragraph = Some(paragraph);
        let mut r = resolve(info, speaker.as_ref(), same_paragraph, &named, lexicon, doc);
        let after_semicolon = k
            .checked_sub(1)
            .is_some_and(|p| sentences[p].terminator == Some('؛'));
        if same_paragraph && after_semicolon {
            content_goes_on(info, speaker.as_ref(), &mut r);
        }
        // A run of figure sentences goes on with the same report.
        let went_on = match (&r.source, same_paragraph) {
            (None, true) => figures_going_on(info, report.take()),
            _ => None,
        };
        report = info.report.clone().or_else(|| went_on.clone());
        if went_on.is_some() {
            r.source = went_on;
        }
        // Remember names for surnames.
        for s in &info.explicit_sources {
            if let Some(surname) = sentence::surname_of(doc, lexicon, s) {
                named.push((surname, s.clone()));
            }
        }
        // Backward sourcing: this sentence names the source of the previous claim.
        if let Some(back) = &info.backref {
            if let Some(prev) = (0..k).rev().find(|&j| infos[j].is_some()) {
                if let Some(p) = resolved[prev].as_mut() {
                    if p.source.as_ref().is_none_or(|s| s.is_vague()) && p.is_claim {
                        let mut s = back.clone();
                        s.resolution = Resolution::Backward;
                        p.source = Some(s);
                    }
                }
            }
        }
        if let Some(back) = &info.quote_backref {
            if let Some(prev) = (0..k).rev().find(|&j| infos[j].is_some()) {
                if let Some(p) = resolved[prev].as_mut() {
                    if p.source.is_none() && p.quote_only {
                        let mut s = back.clone();
                        s.resolution = Resolution::Backward;
                        p.source = Some(s);
                    }
                }
            }
        }
        // The speaker context for the next sentence.
        if r.attributed {
            speaker = r.source.clone();
        } else if !r.inherits_quote {
            // Narration clears the speaker, unless it is about the speaker again
            // (وراجعت الدراسة … after أكدت دراسة …). The writer's own impersonal
            // estimate (ويُتوقع أن …) between two statements is no narration: it
            // inherits nothing, and a continuation after it still has the speaker.
            let keep = impersonal_only(info)
                || !r.is_claim
                    && speaker
                        .as_ref()
                        .is_some_and(|sp| mentions(doc, &sentences[k].range, sp));
            if !keep {
                speaker = None;
            }
        }
        if r.source.is_none() && r.is_claim && !info.signals.is_empty() {
            r.reason = Some(reason_for(info, &r));
        }
        resolved[k] = Some(r);
    }

    for k in 0..infos.len() {
        let (Some(info), Some(r)) = (&infos[k], &resolved[k]) else {
            continue;
        };
        let sentence_range = sentences[k].range.clone();
        emit(doc, lexicon, info, r, sentence_range, &mut out);
    }
    out.diagnostics.sort_by_key(|d| (d.range.start, d.code));
    out
}

/// «…؛ وأن …»: a clause opening with a complementiser after «؛» is more of the
/// content the speaker before it gave (claims.md: the text of a named statement
/// goes on across «؛»).
fn content_goes_on(info: &sentence::Info, speaker: Option<&Source>, r: &mut Resolved) {
    if r.source.is_some() || !info.goes_on_with_content {
        return;
    }
    if let Some(sp) = speaker {
        let mut s = sp.clone();
        s.resolution = Resolution::Continuation;
        r.source = Some(s);
        r.attributed = true;
    }
}

/// A sentence whose only signals are impersonal or passive forms (يُتوقع أن، من
/// المرجح أن) and which names no source.
fn impersonal_only(info: &sentence::Info) -> bool {
    !info.signals.is_empty()
        && info.explicit_sources.is_empty()
        && info.anaphors.is_empty()
        && info.signals.iter().all(|(s, _)| *s == Signal::Impersonal)
}

/// Estimated figures with no reporting verb of their own go on with the report,
/// index or list named in the sentence before (claims.md, "Context").
fn figures_going_on(info: &sentence::Info, report: Option<Source>) -> Option<Source> {
    let only_figures =
        !info.signals.is_empty() && info.signals.iter().all(|(s, _)| *s == Signal::Estimate);
    if only_figures && info.verbless {
        report
    } else {
        None
    }
}

/// Does a sentence name the speaker again (its head noun or its surname)?
fn mentions(doc: &Document, range: &Range<usize>, speaker: &Source) -> bool {
    if speaker.is_vague() || doc.text.get(range.clone()).is_none() {
        return false;
    }
    let sentence = normalized_text(doc, range);
    let name = crate::text::normalize(&speaker.name);
    let parts: Vec<&str> = name
        .split(|c: char| !is_alphanumeric(c))
        .filter(|w| !w.is_empty())
        .collect();
    let mut keys: Vec<&str> = Vec::new();
    if let Some(first) = parts.first() {
        keys.push(first.strip_prefix("ال").unwrap_or(first));
    }
    if parts.len() >= 2 {
        if let Some(last) = parts.last() {
            keys.push(last);
        }
    }
    keys.iter().filter(|k| k.chars().count() >= 3).any(|k| {
        // Each word that matches contains the key: a substring search rules out
        // most sentences before they are split into words.
        sentence.contains(k)
            && sentence.split(|c: char| !is_alphanumeric(c)).any(|w| {
                w == *k || w.strip_prefix("ال") == Some(k) || w.strip_prefix("وال") == Some(k)
            })
    })
}

/// The normalised form of a range of the text. Normalising folds one character
/// at a time, so this is the document's normalised text over the same characters
/// (with whitespace left as it is), without normalising the range again.
fn normalized_text<'d>(doc: &'d Document, range: &Range<usize>) -> &'d str {
    let n = &doc.normalized;
    let (start, end) = (
        n.normalized_offset(range.start),
        n.normalized_offset(range.end),
    );
    n.as_str().get(start..end).unwrap_or("")
}

/// A sentence's source after context.
#[derive(Debug, Clone)]
struct Resolved {
    source: Option<Source>,
    /// The sentence names (or inherits through a verb) a speaker: it sets the
    /// context for the next one.
    attributed: bool,
    is_claim: bool,
    /// Only a quotation, no verb: it may be sourced by the next sentence.
    quote_only: bool,
    /// A quote-only sentence that kept the previous speaker.
    inherits_quote: bool,
    reason: Option<(String, String)>,
    /// The speaker before this sentence, when this claim could not inherit it.
    previous: Option<Source>,
}

fn best(sources: &[Source]) -> Option<Source> {
    sources
        .iter()
        .find(|s| !s.is_vague())
        .or_else(|| sources.first())
        .cloned()
}

fn resolve(
    info: &sentence::Info,
    speaker: Option<&Source>,
    same_paragraph: bool,
    named: &[(String, Source)],
    lexicon: &Lexicon,
    doc: &Document,
) -> Resolved {
    let mut sources: Vec<Source> = Vec::new();
    for s in &info.explicit_sources {
        let mut s = s.clone();
        // A surname subject stands for the full name given earlier.
        if s.resolution == Resolution::Explicit {
            let word = crate::text::normalize(&s.name);
            if let Some((_, full)) = named.iter().rev().find(|(surname, _)| *surname == word) {
                if full.range != s.range {
                    let mut r = full.clone();
                    r.resolution = Resolution::Surname;
                    r.via = Some(s.range.clone());
                    s = r;
                }
            }
        }
        sources.push(s);
    }
    // Anaphors (الدبلوماسي، المصدر) point to the previous speaker.
    for a in &info.anaphors {
        match speaker {
            Some(sp) => {
                let mut s = sp.clone();
                s.resolution = Resolution::Anaphor;
                s.via = Some(a.range.clone());
                sources.push(s);
            }
            None => {
                let mut s = a.clone();
                s.resolution = Resolution::Explicit;
                sources.push(s);
            }
        }
    }
    let _ = (lexicon, doc);
    let mut source = best(&sources);
    let mut attributed = source.is_some() && info.speaks;
    if source.is_none() && info.pronoun_verb.is_some() {
        if let Some(sp) = speaker {
            let mut s = sp.clone();
            s.resolution = Resolution::Continuation;
            s.via = info.pronoun_verb.clone();
            source = Some(s);
            attributed = true;
        }
    }
    let mut inherits_quote = false;
    if source.is_none() && info.quote_only && same_paragraph {
        if let Some(sp) = speaker {
            let mut s = sp.clone();
            s.resolution = Resolution::Continuation;
            source = Some(s);
            inherits_quote = true;
        }
    }
    Resolved {
        source,
        attributed,
        is_claim: !info.signals.is_empty(),
        quote_only: info.quote_only,
        inherits_quote,
        reason: None,
        previous: speaker.cloned(),
    }
}

fn reason_for(info: &sentence::Info, _r: &Resolved) -> (String, String) {
    if info.pronoun_verb.is_some() {
        (
            "فعل بلا فاعل ظاهر ولا متحدث سابق يُسند إليه".into(),
            "a verb with no subject and no previous speaker to continue".into(),
        )
    } else if info.signals.iter().all(|(s, _)| *s == Signal::Impersonal) {
        (
            "الصيغ المبنية للمجهول لا تُسند إلى متحدث سابق".into(),
            "passive and impersonal forms never inherit a speaker".into(),
        )
    } else {
        (
            "لا فعل إسناد ولا عبارة إسناد تسمّي مصدراً".into(),
            "no reporting verb or attribution phrase names a source".into(),
        )
    }
}

fn emit(
    doc: &Document,
    lexicon: &Lexicon,
    info: &sentence::Info,
    r: &Resolved,
    sentence_range: Range<usize>,
    out: &mut Output,
) {
    let text = doc.text;
    // Loaded verbs: independent of everything else.
    for l in &info.loaded {
        let word = &text[l.range.clone()];
        let mut fixes = Vec::new();
        let mut gloss = String::new();
        if let Some(neutral) = lexicon.neutral_form(l.verb, l.slot, l.diacritics) {
            let replacement = format!("{}{}", &text[l.range.start..l.stem_start], neutral);
            gloss = format!("؛ الأفضل «{replacement}» بدلًا منه");
            fixes.push(Fix {
                title: format!(
                    "استبدل «{word}» بالفعل المحايد «{replacement}» في هذه الجملة — use the neutral verb"
                ),
                range: l.range.clone(),
                replacement,
            });
        }
        let related = r
            .source
            .iter()
            .map(|s| Related {
                range: s.range.clone(),
                message: format!("المصدر: {} — the source", arabic_only(&s.name)),
            })
            .collect();
        out.diagnostics.push(Diagnostic {
            code: Code::LoadedVerb,
            severity: Code::LoadedVerb.default_severity(),
            range: l.range.clone(),
            message: format!(
                "فعل إسناد مُحمَّل «{word}»{gloss} — loaded attribution verb; prefer a neutral one"
            ),
            related,
            fixes,
        });
    }

    for f in &info.figures {
        let mut f = f.clone();
        if f.source.is_none()
            || r.source
                .as_ref()
                .is_some_and(|s| s.resolution == Resolution::Backward)
        {
            f.source = r.source.clone();
        }
        out.figures.push(f);
    }

    let Some(&(signal, ref trigger)) = info.signals.first() else {
        return;
    };
    let mut claim = Claim {
        trigger: trigger.clone(),
        sentence: sentence_range,
        signal,
        source: r.source.clone(),
        reason: r.reason.clone(),
        finding: None,
    };
    let source = r.source.as_ref();
    let identifiable = source.is_some_and(|s| !s.is_vague());
    if !identifiable {
        let quote = info
            .signals
            .iter()
            .find(|(s, _)| *s == Signal::Quote)
            .map(|(_, q)| q.clone());
        let (code, range, message, related) = match (quote, source) {
            (Some(q), None) => (
                Code::UnattributedQuote,
                q,
                "اقتباس بلا قائل — quoted statement with no speaker".to_string(),
                Vec::new(),
            ),
            (_, Some(vague)) => {
                // Underline the vague words when they stand in this sentence.
                let here = vague.range.start >= claim.sentence.start
                    && vague.range.end <= claim.sentence.end;
                let range = if here {
                    vague.range.clone()
                } else {
                    vague.via.clone().unwrap_or_else(|| trigger.clone())
                };
                let related = if here {
                    Vec::new()
                } else {
                    vec![Related {
                        range: vague.range.clone(),
                        message: format!("المصدر المجهّل: «{}» (the vague source)", vague.name),
                    }]
                };
                (
                    Code::VagueSource,
                    range,
                    format!(
                        "مصدر مجهَّل «{}» لا يمكن التحقق منه — vague source: it cannot be identified",
                        vague.name
                    ),
                    related,
                )
            }
            (None, None) => {
                let (ar, en) = signal.describe();
                let mut related: Vec<Related> = info
                    .previous_speaker_hint
                    .iter()
                    .map(|range| Related {
                        range: range.clone(),
                        message: "ذُكر هنا لكنه ليس مصدر هذا الادعاء — mentioned, not its source"
                            .to_string(),
                    })
                    .collect();
                if let Some(prev) = r.previous.as_ref().filter(|_| info.pronoun_verb.is_none()) {
                    related.push(Related {
                        range: prev.range.clone(),
                        message: format!(
                            "المتحدث السابق {} لا يُسند إليه هذا الادعاء — the previous speaker; passive forms, hedges and figures do not inherit",
                            arabic_only(&prev.name)
                        ),
                    });
                }
                (
                    Code::UnsourcedClaim,
                    trigger.clone(),
                    format!("ادعاء بلا مصدر ({ar}) — unsourced claim ({en})"),
                    related,
                )
            }
        };
        claim.finding = Some(code);
        out.diagnostics.push(Diagnostic {
            code,
            severity: code.default_severity(),
            range,
            message,
            related,
            fixes: Vec::new(),
        });
    }
    out.claims.push(claim);
}

/// A name for an Arabic message: the Arabic part only. Latin letters inside an
/// Arabic sentence break its right-to-left reading order in editors.
fn arabic_only(name: &str) -> &str {
    let cut = name
        .find(|c: char| c == '(' || c.is_ascii_alphabetic())
        .unwrap_or(name.len());
    name[..cut].trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<(Code, String)> {
        let doc = Document::new(text);
        let lex = Lexicon::embedded();
        analyze(&doc, &[], &lex)
            .diagnostics
            .into_iter()
            .map(|d| (d.code, text[d.range].to_string()))
            .collect()
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "",
            " ",
            "\u{064E}\u{064F}\u{0650}",
            "«",
            "قال",
            "وأضاف:",
            "\n\n\n",
            "::::",
            "حوالي",
        ] {
            let _ = run(text);
        }
        let long = "قال الوزير إن نحو 3000 جندي ".repeat(2000);
        let _ = run(&long);
    }

    #[test]
    fn a_plain_sentence_is_not_a_claim() {
        assert!(run("تساقطت الثلوج على الجبال هذا الصباح.").is_empty());
    }
}
