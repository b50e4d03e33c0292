//! The claims lexicon: data in `data/lexicon/claims.toml`, compiled into lookup
//! tables. Code here says *how* to match; the TOML says *what*.
//!
//! Verb forms are generated from three stems per verb (3rd masc. sing. past and
//! imperfect, active participle): person/number suffixes and imperfect prefixes.
//! The proclitics و and ف are stripped at match time.

// FxHash: the tables are looked up for every token, and they hold lexicon words
// only (never document text), so a document cannot force collisions.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use serde::Deserialize;

use super::words::{Vocabulary, WordId};
use crate::text::normalize;

const EMBEDDED: &str = include_str!("../../data/lexicon/claims.toml");

/// What a reporting verb does for a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// قال، أكد: reports what someone said.
    Report,
    /// أضاف، تابع: continues the previous speaker.
    Continuation,
    /// قدّر، رجّح: an estimate or belief.
    Estimate,
    /// زعم، ادّعى: reports with a judgement (the `loaded-verb` code).
    Loaded,
    /// نصّ: a document's provision.
    Document,
}

/// Person, number and tense of a generated form: the slot a neutral replacement
/// must fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    Past3ms,
    Past3fs,
    Past3mp,
    Past3d,
    Past3fp,
    Past1p,
    Pres3ms,
    Pres3fs,
    Pres1p,
    Pres1s,
    Pres3mp,
    Pres3d,
    Participle,
    ParticipleF,
    ParticiplePl,
    PassivePast,
    PassivePres,
    PassivePresF,
}

impl Slot {
    pub fn is_participle(self) -> bool {
        matches!(
            self,
            Slot::Participle | Slot::ParticipleF | Slot::ParticiplePl
        )
    }

    pub fn is_passive(self) -> bool {
        matches!(
            self,
            Slot::PassivePast | Slot::PassivePres | Slot::PassivePresF
        )
    }

    pub fn is_present(self) -> bool {
        matches!(
            self,
            Slot::Pres3ms
                | Slot::Pres3fs
                | Slot::Pres1p
                | Slot::Pres1s
                | Slot::Pres3mp
                | Slot::Pres3d
                | Slot::PassivePres
                | Slot::PassivePresF
        )
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct VerbEntry {
    pub past: String,
    pub present: String,
    #[serde(default)]
    pub participle: Option<String>,
    #[serde(default)]
    pub passive_past: Option<String>,
    #[serde(default)]
    pub passive_present: Option<String>,
    pub role: Role,
    /// For loaded verbs: the `past` of the verb whose forms replace it.
    #[serde(default)]
    pub neutral: Option<String>,
    /// Only the past forms report (يبلغ also means "amounts to").
    #[serde(default)]
    pub past_only: bool,
    /// The form is also a common other word (عبر، بين): it reports only when a
    /// title, organisation or entity follows as its subject.
    #[serde(default)]
    pub strict_subject: bool,
    /// Reports only with the outlet itself as its subject (علمت الصحيفة): the
    /// outlet is no source; its sources after `outlet_from` (من مصادرها) are.
    #[serde(default)]
    pub outlet_voice: bool,
    /// Reports only with a quoting object after its source (نسب إلى X قوله):
    /// without one it attributes a cause (نسبت الشرطة الحريق إلى خلل).
    #[serde(default)]
    pub quoting_object: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct RawSignals {
    impersonal: Vec<String>,
    impersonal_before_an: Vec<String>,
    background: Vec<String>,
    hedge_nouns: Vec<String>,
    hedge_blockers: Vec<String>,
    demonstratives: Vec<String>,
    estimate_before: Vec<String>,
    estimate_after: Vec<String>,
    bound_markers: Vec<String>,
    hedge_content: Vec<String>,
    non_claim_units: Vec<String>,
    time_units: Vec<String>,
    dual_time_units: Vec<String>,
    duration_verbs: Vec<String>,
    dating_words: Vec<String>,
    negations: Vec<String>,
    sayings: Vec<String>,
    denials: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RawAttribution {
    pub phrase: String,
    #[serde(default)]
    pub then: Option<String>,
    #[serde(default)]
    pub after_verb: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct RawSources {
    attribution: Vec<RawAttribution>,
    vague: Vec<String>,
    of_institution: Vec<String>,
    close_to: Vec<String>,
    institutions: Vec<String>,
    titles: Vec<String>,
    organization_words: Vec<String>,
    anaphors: Vec<String>,
    vague_anaphors: Vec<String>,
    non_documents: Vec<String>,
    documents: Vec<String>,
    media_nouns: Vec<String>,
    speech_nouns: Vec<String>,
    quantity_nouns: Vec<String>,
    report_nouns: Vec<String>,
    outlet_self: Vec<String>,
    outlet_from: Vec<String>,
    object_words: Vec<String>,
    adverbs: Vec<String>,
    clause_openers: Vec<String>,
    relatives: Vec<String>,
    not_verb_after: Vec<String>,
    complementizers: Vec<String>,
    function_words: Vec<String>,
    backref_verbs: Vec<String>,
    backref_prepositions: Vec<String>,
    backref_skip: Vec<String>,
    quote_backref: Vec<String>,
    title_markers: Vec<String>,
    proverbs: Vec<String>,
    members: Vec<String>,
    member_prepositions: Vec<String>,
    source_clause_words: Vec<String>,
    source_clause_endings: Vec<String>,
    statement_openers: Vec<String>,
    statement_back: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct RawBoilerplate {
    headings: Vec<String>,
    outlet: Vec<String>,
    bullets: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct RawLexicon {
    verb: Vec<VerbEntry>,
    signals: RawSignals,
    sources: RawSources,
    boilerplate: RawBoilerplate,
}

impl RawLexicon {
    fn extend(&mut self, other: RawLexicon) {
        self.verb.extend(other.verb);
        macro_rules! ext {
            ($part:ident: $($field:ident),*) => {
                $(self.$part.$field.extend(other.$part.$field);)*
            };
        }
        ext!(signals: impersonal, impersonal_before_an, background, hedge_nouns, hedge_blockers,
            demonstratives, estimate_before, estimate_after, bound_markers, hedge_content, non_claim_units, time_units, dual_time_units, duration_verbs, dating_words, negations, sayings, denials);
        ext!(sources: attribution, vague, of_institution, close_to, institutions, titles,
            organization_words, anaphors, vague_anaphors, non_documents, documents, media_nouns, speech_nouns, quantity_nouns, report_nouns, outlet_self, outlet_from, object_words, adverbs,
            clause_openers, relatives, not_verb_after, complementizers, function_words,
            backref_verbs, backref_prepositions, backref_skip, quote_backref, title_markers, proverbs,
            members, member_prepositions, source_clause_words, source_clause_endings,
            statement_openers, statement_back);
        ext!(boilerplate: headings, outlet, bullets);
    }
}

/// A phrase as the ids of its normalised words.
pub type Phrase = Vec<WordId>;

/// Where the entries of a list starting with each word are: a token looks at the
/// few entries that can start on it instead of trying them all.
#[derive(Debug, Clone, Default)]
pub struct FirstWords(HashMap<WordId, Vec<usize>>);

impl FirstWords {
    fn new<'a>(firsts: impl Iterator<Item = Option<&'a WordId>>) -> FirstWords {
        let mut index: HashMap<WordId, Vec<usize>> = HashMap::default();
        for (k, first) in firsts.enumerate() {
            if let Some(&first) = first {
                index.entry(first).or_default().push(k);
            }
        }
        FirstWords(index)
    }

    /// The positions (ascending, so in match order) of the entries whose first
    /// word is `word`.
    pub fn get(&self, word: WordId) -> &[usize] {
        self.0.get(&word).map_or(&[], Vec::as_slice)
    }
}

/// The bit of the attribution phrases in [`Vocabulary`]'s starts.
pub const ATTRIBUTION_BIT: u64 = 1 << 63;

/// The bit of the verb forms (active or passive) among the sets a word can be in
/// ([`Vocabulary`]); the word sets take the bits from 1 up.
pub const VERB_FORM_BIT: u64 = 1 << 63;

/// Phrases in match order (longest first), indexed by their first word.
#[derive(Debug, Clone, Default)]
pub struct PhraseList {
    phrases: Vec<Phrase>,
    by_first: FirstWords,
    /// This list's bit among the lists a word can start ([`Vocabulary`]; 0: not
    /// registered there).
    pub bit: u64,
}

impl PhraseList {
    fn new(phrases: Vec<Phrase>) -> PhraseList {
        let by_first = FirstWords::new(phrases.iter().map(|p| p.first()));
        PhraseList {
            phrases,
            by_first,
            bit: 0,
        }
    }

    /// The positions (ascending, so in match order) of the phrases whose first
    /// word is `word`.
    pub fn starting_with(&self, word: WordId) -> &[usize] {
        self.by_first.get(word)
    }
}

impl std::ops::Deref for PhraseList {
    type Target = [Phrase];

    fn deref(&self) -> &[Phrase] {
        &self.phrases
    }
}

/// A set of normalised words, with its bit among the sets a word can be in
/// ([`Vocabulary`]): a token tests that bit instead of hashing its readings.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    words: HashSet<String>,
    pub bit: u64,
}

impl WordSet {
    /// Is this normalised word (not a token: for stems and lemmas) in the set?
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }
}

/// An attribution phrase compiled.
#[derive(Debug, Clone)]
pub struct Attribution {
    pub words: Phrase,
    pub then: Option<String>,
    pub after_verb: Vec<String>,
    /// نقلاً عن Y: Y is the source, whoever relays it.
    pub relays: bool,
}

/// A generated verb form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Form {
    pub verb: usize,
    pub slot: Slot,
}

/// The compiled lexicon.
#[derive(Debug, Clone)]
pub struct Lexicon {
    raw: RawLexicon,
    pub verbs: Vec<VerbEntry>,
    /// Normalised form (no clitics) → active forms.
    pub forms: HashMap<String, Vec<Form>>,
    /// Normalised form → passive forms (some coincide with active ones: زعم).
    pub passive_forms: HashMap<String, Vec<Form>>,
    pub impersonal: PhraseList,
    pub impersonal_before_an: WordSet,
    pub background: PhraseList,
    pub hedge_nouns: PhraseList,
    pub hedge_blockers: WordSet,
    pub demonstratives: WordSet,
    pub estimate_before: PhraseList,
    pub estimate_after: PhraseList,
    /// Markers that give a bound (أكثر من): with a decimal figure, a reported
    /// measurement rather than an estimate.
    pub bound_markers: PhraseList,
    /// Words after a definite hedge noun that give its content (التكهنات بشأن).
    pub hedge_content: WordSet,
    /// Counted nouns whose approximate figures are not claims (time spans, lengths).
    pub non_claim_units: WordSet,
    /// The time units among them: an estimated duration of what a verb of lasting
    /// tells (بقي محتجزا نحو ثلاثة أشهر) is a claim; a date's span is not.
    pub time_units: WordSet,
    /// Dual time nouns (شهرين، أسبوعين): a span with no number written.
    pub dual_time_units: WordSet,
    /// Verbs of lasting, waiting, detention (بقي، انتظر، قضى، احتجز).
    pub duration_verbs: WordSet,
    /// Words before a time span that make it a date (قبل نحو 300 عام، منذ أكثر من عامين).
    pub dating_words: WordSet,
    /// Negations before an impersonal form (لا يُقال).
    pub negations: WordSet,
    /// «كما يقال» before a saying: no claim (claims.md, proverbs).
    pub sayings: PhraseList,
    /// Denials with the rumour as their object (نفتها، فندها): a rumour a named
    /// body denies in its own sentence needs no source.
    pub denials: WordSet,
    pub attribution: Vec<Attribution>,
    /// `attribution` by first word.
    pub attribution_first: FirstWords,
    /// Every word of the phrases and sets, with the lists that can start on it
    /// (one bit per phrase list, [`PhraseList::bit`], and [`ATTRIBUTION_BIT`]) and
    /// the sets holding it ([`WordSet::bit`]).
    pub vocab: Vocabulary,
    pub vague: PhraseList,
    pub of_institution: WordSet,
    pub close_to: WordSet,
    pub institutions: PhraseList,
    pub titles: PhraseList,
    pub organization_words: WordSet,
    pub anaphors: WordSet,
    pub vague_anaphors: WordSet,
    pub non_documents: PhraseList,
    /// Document nouns (تقرير، بيان، المادة): a source when something names them.
    pub documents: WordSet,
    /// صحيفة، قناة …: vague when only a nisba adjective follows (صحيفة محلية).
    pub media_nouns: PhraseList,
    /// «…».. رسالة X: a speech noun after a quotation names its speaker.
    pub speech_nouns: WordSet,
    /// يقدر عدد …: a quantity after an estimate verb makes it passive.
    pub quantity_nouns: WordSet,
    /// Reports, indices and lists whose figures the next sentence may go on with.
    pub report_nouns: WordSet,
    /// The outlet naming itself (الصحيفة، الموقع) as the subject of an outlet-voice verb.
    pub outlet_self: WordSet,
    /// Before the outlet's own sources (علمت الصحيفة من مصادرها).
    pub outlet_from: WordSet,
    pub object_words: WordSet,
    pub adverbs: PhraseList,
    pub clause_openers: PhraseList,
    pub relatives: WordSet,
    pub not_verb_after: WordSet,
    pub complementizers: WordSet,
    pub function_words: WordSet,
    pub backref_verbs: WordSet,
    pub backref_prepositions: PhraseList,
    pub backref_skip: PhraseList,
    pub quote_backref: WordSet,
    pub title_markers: PhraseList,
    /// Well-known proverbs and sayings: quoted, they need no speaker.
    pub proverbs: PhraseList,
    /// Members of a body (عضو، نائب): the body never identifies one of them.
    pub members: WordSet,
    /// «عضو في»، «نائب عن»: the words after which a member is one of many.
    pub member_prepositions: WordSet,
    /// Words after a vague head that start what is said of it (طلبوا، رفض).
    pub source_clause_words: WordSet,
    /// Endings of such words (a past plural: شاركوا).
    pub source_clause_endings: Vec<String>,
    /// A generic institution word's definite form alone (الوزارة، الحركة),
    /// derived from `institutions`: it names no institution.
    pub unnamed_institutions: WordSet,
    /// «جاء في» before a document (جاء في البيان أن …): the document speaks.
    pub statement_openers: PhraseList,
    /// «جاء فيه» after a document (بياناً جاء فيه أن …): the document speaks.
    pub statement_back: PhraseList,
    pub headings: PhraseList,
    pub outlet: PhraseList,
    pub bullets: Vec<String>,
}

fn phrase(vocab: &mut Vocabulary, s: &str) -> Phrase {
    normalize(s)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| vocab.intern(w))
        .collect()
}

fn phrases(vocab: &mut Vocabulary, list: &[String]) -> PhraseList {
    let mut out: Vec<Phrase> = list
        .iter()
        .map(|s| phrase(vocab, s))
        .filter(|p| !p.is_empty())
        .collect();
    // Longest first, so "تقارير إعلامية" wins over "تقارير".
    out.sort_by_key(|p| std::cmp::Reverse(p.len()));
    out.dedup();
    PhraseList::new(out)
}

/// A list plus its definite forms (تكهنات → التكهنات), for nouns whose article
/// does not change what they are.
fn with_article(list: &[String]) -> Vec<String> {
    let mut out = list.to_vec();
    for s in list {
        let n = normalize(s);
        if !n.starts_with("ال") {
            out.push(format!("ال{n}"));
        }
    }
    out
}

/// Titles in both genders: مهندس → مهندسة (normalised ه).
fn with_feminine(list: &[String]) -> Vec<String> {
    let mut out = list.to_vec();
    for s in list {
        let n = normalize(s);
        if !n.contains(' ') && !n.ends_with('ه') && !n.ends_with('ي') && n.chars().count() > 2 {
            out.push(format!("{n}ه"));
        }
    }
    out
}

/// The definite forms of the generic one-word institutions (وزارة → الوزارة)
/// that are not listed with their article themselves (الجيش، الحكومة): alone, such
/// a form says which kind of institution, not which one.
fn unnamed_institutions(list: &[String]) -> Vec<String> {
    let listed: HashSet<String> = list.iter().map(|s| normalize(s)).collect();
    list.iter()
        .map(|s| normalize(s))
        .filter(|n| !n.starts_with("ال") && !n.contains(' '))
        .map(|n| format!("ال{n}"))
        .filter(|d| !listed.contains(d))
        .collect()
}

/// A word set; its bit is given when the lexicon registers it.
fn set(list: &[String]) -> WordSet {
    WordSet {
        words: list.iter().map(|s| normalize(s)).collect(),
        bit: 0,
    }
}

impl Lexicon {
    /// The lexicon shipped with isnad.
    pub fn embedded() -> Lexicon {
        match toml::from_str::<RawLexicon>(EMBEDDED) {
            Ok(raw) => Lexicon::compile(raw),
            // The embedded file is tested; an empty lexicon keeps analysis alive.
            Err(_) => Lexicon::compile(RawLexicon::default()),
        }
    }

    /// Add the entries of a user TOML file (same schema as the embedded one).
    pub fn extend_from_toml(&mut self, text: &str) -> Result<(), String> {
        let extra: RawLexicon = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut raw = std::mem::take(&mut self.raw);
        raw.extend(extra);
        *self = Lexicon::compile(raw);
        Ok(())
    }

    fn compile(raw: RawLexicon) -> Lexicon {
        let mut forms: HashMap<String, Vec<Form>> = HashMap::default();
        let mut passive_forms: HashMap<String, Vec<Form>> = HashMap::default();
        for (i, verb) in raw.verb.iter().enumerate() {
            for (form, slot) in generate_forms(verb) {
                let target = if slot.is_passive() {
                    &mut passive_forms
                } else {
                    &mut forms
                };
                let entry = target.entry(form).or_default();
                let f = Form { verb: i, slot };
                if !entry.contains(&f) {
                    entry.push(f);
                }
            }
        }
        let s = &raw.signals;
        let src = &raw.sources;
        let b = &raw.boilerplate;
        let mut vocab = Vocabulary::default();
        let v = &mut vocab;
        let mut lexicon = Lexicon {
            verbs: raw.verb.clone(),
            forms,
            passive_forms,
            impersonal: phrases(v, &s.impersonal),
            impersonal_before_an: set(&s.impersonal_before_an),
            background: phrases(v, &s.background),
            hedge_nouns: phrases(v, &with_article(&s.hedge_nouns)),
            hedge_blockers: set(&with_article(&s.hedge_blockers)),
            demonstratives: set(&s.demonstratives),
            estimate_before: phrases(v, &s.estimate_before),
            estimate_after: phrases(v, &s.estimate_after),
            bound_markers: phrases(v, &s.bound_markers),
            hedge_content: set(&s.hedge_content),
            non_claim_units: set(&s.non_claim_units),
            time_units: set(&s.time_units),
            dual_time_units: set(&s.dual_time_units),
            duration_verbs: set(&s.duration_verbs),
            dating_words: set(&s.dating_words),
            negations: set(&s.negations),
            sayings: phrases(v, &s.sayings),
            denials: set(&s.denials),
            attribution: {
                let relayed_by = v.intern("عن");
                let mut a: Vec<Attribution> = src
                    .attribution
                    .iter()
                    .map(|a| {
                        let words = phrase(v, &a.phrase);
                        Attribution {
                            relays: words.contains(&relayed_by),
                            words,
                            then: a.then.as_deref().map(normalize),
                            after_verb: a.after_verb.iter().map(|v| normalize(v)).collect(),
                        }
                    })
                    .filter(|a| !a.words.is_empty())
                    .collect();
                a.sort_by_key(|a| std::cmp::Reverse(a.words.len()));
                a
            },
            attribution_first: FirstWords::default(),
            vague: phrases(v, &src.vague),
            of_institution: set(&src.of_institution),
            close_to: set(&src.close_to),
            institutions: phrases(v, &with_article(&src.institutions)),
            titles: phrases(v, &with_article(&with_feminine(&src.titles))),
            organization_words: set(&with_article(&src.organization_words)),
            anaphors: set(&src.anaphors),
            vague_anaphors: set(&src.vague_anaphors),
            non_documents: phrases(v, &src.non_documents),
            documents: set(&with_article(&src.documents)),
            media_nouns: phrases(v, &src.media_nouns),
            speech_nouns: set(&src.speech_nouns),
            quantity_nouns: set(&src.quantity_nouns),
            report_nouns: set(&src.report_nouns),
            outlet_self: set(&src.outlet_self),
            outlet_from: set(&src.outlet_from),
            object_words: set(&src.object_words),
            adverbs: phrases(v, &src.adverbs),
            clause_openers: phrases(v, &src.clause_openers),
            relatives: set(&src.relatives),
            not_verb_after: set(&src.not_verb_after),
            complementizers: set(&src.complementizers),
            function_words: set(&src.function_words),
            backref_verbs: set(&src.backref_verbs),
            backref_prepositions: phrases(v, &src.backref_prepositions),
            backref_skip: phrases(v, &src.backref_skip),
            quote_backref: set(&src.quote_backref),
            title_markers: phrases(v, &src.title_markers),
            proverbs: phrases(v, &src.proverbs),
            members: set(&with_feminine(&src.members)),
            member_prepositions: set(&src.member_prepositions),
            source_clause_words: set(&src.source_clause_words),
            source_clause_endings: src
                .source_clause_endings
                .iter()
                .map(|e| normalize(e))
                .collect(),
            unnamed_institutions: set(&unnamed_institutions(&src.institutions)),
            statement_openers: phrases(v, &src.statement_openers),
            statement_back: phrases(v, &src.statement_back),
            headings: phrases(v, &b.headings),
            outlet: phrases(v, &b.outlet),
            bullets: b.bullets.clone(),
            vocab: Vocabulary::default(),
            raw,
        };
        lexicon.attribution_first =
            FirstWords::new(lexicon.attribution.iter().map(|a| a.words.first()));
        for a in &lexicon.attribution {
            if let Some(&first) = a.words.first() {
                vocab.mark_start(first, ATTRIBUTION_BIT);
            }
        }
        let l = &mut lexicon;
        let lists = [
            &mut l.impersonal,
            &mut l.background,
            &mut l.hedge_nouns,
            &mut l.estimate_before,
            &mut l.estimate_after,
            &mut l.bound_markers,
            &mut l.vague,
            &mut l.institutions,
            &mut l.titles,
            &mut l.non_documents,
            &mut l.media_nouns,
            &mut l.adverbs,
            &mut l.clause_openers,
            &mut l.backref_prepositions,
            &mut l.backref_skip,
            &mut l.title_markers,
            &mut l.proverbs,
            &mut l.sayings,
            &mut l.statement_openers,
            &mut l.statement_back,
            &mut l.headings,
            &mut l.outlet,
        ];
        for (k, list) in lists.into_iter().enumerate() {
            list.bit = 1 << k;
            for p in list.phrases.iter() {
                if let Some(&first) = p.first() {
                    vocab.mark_start(first, list.bit);
                }
            }
        }
        let sets = [
            &mut l.impersonal_before_an,
            &mut l.hedge_blockers,
            &mut l.demonstratives,
            &mut l.hedge_content,
            &mut l.non_claim_units,
            &mut l.time_units,
            &mut l.dual_time_units,
            &mut l.duration_verbs,
            &mut l.dating_words,
            &mut l.negations,
            &mut l.of_institution,
            &mut l.close_to,
            &mut l.organization_words,
            &mut l.anaphors,
            &mut l.vague_anaphors,
            &mut l.documents,
            &mut l.speech_nouns,
            &mut l.quantity_nouns,
            &mut l.report_nouns,
            &mut l.outlet_self,
            &mut l.outlet_from,
            &mut l.object_words,
            &mut l.relatives,
            &mut l.not_verb_after,
            &mut l.complementizers,
            &mut l.function_words,
            &mut l.backref_verbs,
            &mut l.quote_backref,
            &mut l.denials,
            &mut l.members,
            &mut l.member_prepositions,
            &mut l.source_clause_words,
            &mut l.unnamed_institutions,
        ];
        for (k, set) in sets.into_iter().enumerate() {
            set.bit = 1 << k;
            for word in &set.words {
                let id = vocab.intern(word);
                vocab.mark_set(id, set.bit);
            }
        }
        for form in l.forms.keys().chain(l.passive_forms.keys()) {
            let id = vocab.intern(form);
            vocab.mark_set(id, VERB_FORM_BIT);
        }
        lexicon.vocab = vocab;
        lexicon
    }

    /// Index of the verb whose `past` is `past` (normalised compare).
    pub fn verb_by_past(&self, past: &str) -> Option<usize> {
        let past = normalize(past);
        self.verbs.iter().position(|v| normalize(&v.past) == past)
    }

    /// The neutral written form replacing a loaded verb in `slot`, if the neutral
    /// verb has that form. `diacritics`: the original spelled its vowels, so the
    /// replacement does too where it matters (يُقال، قائلاً).
    pub fn neutral_form(&self, loaded: usize, slot: Slot, diacritics: bool) -> Option<String> {
        let neutral = self.verbs.get(loaded)?.neutral.as_deref()?;
        let verb = self.verbs.get(self.verb_by_past(neutral)?)?;
        written_form(verb, slot, diacritics)
    }
}

/// Whether a written past ends in alef maqsura (ادّعى، نفى، رأى): a defective verb.
fn is_defective_past(written: &str) -> bool {
    written.trim().ends_with('ى') || written.trim().ends_with('ي')
}

/// A hollow past (قال، صار): its 3fp and 1st-person forms shorten the stem.
fn is_hollow_past(norm: &str) -> bool {
    let chars: Vec<char> = norm.chars().collect();
    chars.len() == 3 && chars[1] == 'ا'
}

/// All normalised forms of a verb with their slots.
pub fn generate_forms(verb: &VerbEntry) -> Vec<(String, Slot)> {
    let mut out = Vec::new();
    let past = normalize(&verb.past);
    if !past.is_empty() {
        if is_defective_past(&verb.past) {
            let base: String = {
                let mut c: Vec<char> = past.chars().collect();
                c.pop();
                c.into_iter().collect()
            };
            out.push((past.clone(), Slot::Past3ms));
            out.push((format!("{base}ت"), Slot::Past3fs));
            out.push((format!("{base}وا"), Slot::Past3mp));
            out.push((format!("{base}ين"), Slot::Past3fp));
            out.push((format!("{base}ينا"), Slot::Past1p));
        } else {
            out.push((past.clone(), Slot::Past3ms));
            out.push((format!("{past}ت"), Slot::Past3fs));
            out.push((format!("{past}وا"), Slot::Past3mp));
            out.push((format!("{past}ا"), Slot::Past3d));
            if !is_hollow_past(&past) {
                out.push((format!("{past}ن"), Slot::Past3fp));
                out.push((format!("{past}نا"), Slot::Past1p));
            }
        }
    }
    let present = normalize(&verb.present);
    if let Some(stem) = present
        .strip_prefix('ي')
        .filter(|s| !s.is_empty() && !verb.past_only)
    {
        out.push((format!("ي{stem}"), Slot::Pres3ms));
        out.push((format!("ت{stem}"), Slot::Pres3fs));
        out.push((format!("ن{stem}"), Slot::Pres1p));
        out.push((format!("ا{stem}"), Slot::Pres1s));
        if let Some(base) = stem.strip_suffix('ي') {
            out.push((format!("ي{base}ون"), Slot::Pres3mp));
            out.push((format!("ي{stem}ان"), Slot::Pres3d));
        } else {
            out.push((format!("ي{stem}ون"), Slot::Pres3mp));
            out.push((format!("ي{stem}ان"), Slot::Pres3d));
        }
    }
    if let Some(p) = verb
        .participle
        .as_deref()
        .map(normalize)
        .filter(|p| !p.is_empty())
    {
        out.push((format!("{p}ا"), Slot::Participle));
        out.push((format!("{p}ه"), Slot::ParticipleF));
        out.push((format!("{p}ين"), Slot::ParticiplePl));
    }
    if let Some(p) = verb
        .passive_past
        .as_deref()
        .map(normalize)
        .filter(|p| !p.is_empty())
    {
        out.push((p, Slot::PassivePast));
    }
    if let Some(p) = verb
        .passive_present
        .as_deref()
        .map(normalize)
        .filter(|p| !p.is_empty())
    {
        if let Some(stem) = p.strip_prefix('ي') {
            out.push((format!("ت{stem}"), Slot::PassivePresF));
        }
        out.push((p, Slot::PassivePres));
    }
    // Past forms first: where a present 1st person coincides with a past (اعلن),
    // the past reading is kept.
    let mut seen = HashSet::default();
    out.retain(|(f, slot)| seen.insert((f.clone(), slot.is_passive())));
    out
}

/// The written (not normalised) form of a verb in a slot, for quick fixes.
fn written_form(verb: &VerbEntry, slot: Slot, diacritics: bool) -> Option<String> {
    let past = verb.past.trim();
    let present = verb.present.trim();
    let hollow = is_hollow_past(&normalize(past));
    let defective = is_defective_past(past);
    let pres_stem = present.strip_prefix('ي');
    let part = verb.participle.as_deref().map(str::trim);
    Some(match slot {
        Slot::Past3ms => past.to_string(),
        Slot::Past3fs if !defective => format!("{past}ت"),
        Slot::Past3mp if !defective => format!("{past}وا"),
        Slot::Past3d if !defective => format!("{past}ا"),
        Slot::Past3fp if !defective && !hollow => format!("{past}ن"),
        Slot::Past1p if !defective && !hollow => format!("{past}نا"),
        Slot::Pres3ms => present.to_string(),
        Slot::Pres3fs => format!("ت{}", pres_stem?),
        Slot::Pres1p => format!("ن{}", pres_stem?),
        Slot::Pres1s => format!("أ{}", pres_stem?),
        Slot::Pres3mp => format!("ي{}ون", pres_stem?),
        Slot::Pres3d => format!("ي{}ان", pres_stem?),
        Slot::Participle => {
            if diacritics {
                format!("{}اً", part?)
            } else {
                format!("{}ا", part?)
            }
        }
        Slot::ParticipleF => format!("{}ة", part?),
        Slot::ParticiplePl => format!("{}ين", part?),
        Slot::PassivePast => verb.passive_past.as_deref()?.trim().to_string(),
        Slot::PassivePres | Slot::PassivePresF => {
            let p = verb.passive_present.as_deref()?.trim();
            let stem = p.strip_prefix('ي')?;
            let prefix = if slot == Slot::PassivePres {
                'ي'
            } else {
                'ت'
            };
            if diacritics {
                format!("{prefix}\u{064F}{stem}")
            } else {
                format!("{prefix}{stem}")
            }
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms_of(past: &str) -> Vec<String> {
        let lex = Lexicon::embedded();
        let i = lex.verb_by_past(past).expect("verb");
        generate_forms(&lex.verbs[i])
            .into_iter()
            .map(|(f, _)| f)
            .collect()
    }

    #[test]
    fn embedded_lexicon_parses() {
        let raw: Result<RawLexicon, _> = toml::from_str(EMBEDDED);
        assert!(raw.is_ok(), "{raw:?}");
        let lex = Lexicon::embedded();
        assert!(lex.verbs.len() > 20);
        assert!(!lex.hedge_nouns.is_empty());
    }

    #[test]
    fn sound_defective_and_hollow_paradigms() {
        let zaam = forms_of("زعم");
        for f in ["زعم", "زعمت", "زعموا", "يزعم", "تزعم", "يزعمون", "زاعما"]
        {
            assert!(zaam.contains(&f.to_string()), "{f} in {zaam:?}");
        }
        let iddaa = forms_of("ادّعى");
        for f in ["ادعي", "ادعت", "ادعوا", "يدعي", "تدعي", "يدعون", "مدعيا"]
        {
            assert!(iddaa.contains(&f.to_string()), "{f} in {iddaa:?}");
        }
        let qala = forms_of("قال");
        assert!(qala.contains(&"قالت".to_string()));
        assert!(!qala.contains(&"قالن".to_string()));
    }

    #[test]
    fn neutral_forms_keep_the_slot() {
        let lex = Lexicon::embedded();
        let zaam = lex.verb_by_past("زعم").expect("زعم");
        assert_eq!(
            lex.neutral_form(zaam, Slot::Past3fs, false).as_deref(),
            Some("قالت")
        );
        assert_eq!(
            lex.neutral_form(zaam, Slot::Pres3ms, false).as_deref(),
            Some("يقول")
        );
        assert_eq!(
            lex.neutral_form(zaam, Slot::Participle, true).as_deref(),
            Some("قائلاً")
        );
        assert_eq!(
            lex.neutral_form(zaam, Slot::PassivePres, true).as_deref(),
            Some("يُقال")
        );
        assert_eq!(
            lex.neutral_form(zaam, Slot::PassivePast, false).as_deref(),
            Some("قيل")
        );
    }

    #[test]
    fn user_toml_extends_the_lexicon() {
        let mut lex = Lexicon::embedded();
        let before = lex.hedge_nouns.len();
        let extra = "[signals]\nhedge_nouns = [\"همسات\"]\n[[verb]]\npast = \"غرّد\"\npresent = \"يغرّد\"\nrole = \"report\"\n";
        assert!(lex.extend_from_toml(extra).is_ok());
        assert!(lex.hedge_nouns.len() > before);
        let hamasat = lex.vocab.get("همسات");
        assert_ne!(hamasat, crate::claims::words::UNKNOWN);
        assert!(lex.hedge_nouns.iter().any(|p| p == &vec![hamasat]));
        assert!(lex.forms.contains_key("غردت"));
        assert!(lex.extend_from_toml("not = [toml").is_err());
    }
}
