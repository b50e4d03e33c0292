//! Entity recognition over normalised text, and in-document linking.
//!
//! Three passes over the tokens of a [`Document`]:
//! 1. knowledge-base names, found by walking one trie of names ([`compiled`]) at every
//!    token start and after every proclitic reading (و ف ب ل ك ال لل), whole tokens
//!    only, longest name first;
//! 2. names the base does not know: people introduced by a title (الرئيس، وزير …،
//!    المتحدث باسم …) or by a common given name, organisations introduced by a head
//!    word (حزب، جامعة، وزارة … الأمريكية، صحيفة …);
//! 3. linking: a later surname (رودينكو، بايدن) joins the person mentioned in full.

mod compiled;
pub mod hover;
mod lexicon;
mod variants;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::ops::Range;
use std::sync::{Mutex, OnceLock};
use std::thread::JoinHandle;

use crate::kb::{Ambiguities, EntityType, KnowledgeBase};
use crate::text::tokens::{clitic_splits, TokenKind};

use crate::text::Document;
use compiled::Compiled;
use lexicon::{Lists, Readings};

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
#[derive(Debug, Clone, PartialEq, Eq)]
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
            .spawn(move || Compiled::new(entities, &ambiguities));
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
        let mut pass = Pass::new(self.compiled(), doc);
        pass.knowledge_base();
        pass.one_place_per_document();
        pass.clubs();
        pass.places_after_heads();
        pass.organisations();
        pass.titled_people();
        pass.named_people();
        pass.people_in_context();
        pass.surnames();
        pass.finish()
    }
}

/// A span found in one pass, in normalised byte offsets and token indices.
#[derive(Debug, Clone)]
struct Found {
    norm: Range<usize>,
    /// Token indices, end exclusive.
    tokens: Range<usize>,
    kind: EntityType,
    id: Option<String>,
    discovered: Option<Discovered>,
    /// Knowledge-base entity, when it came from the base.
    entity: Option<u32>,
    /// A one-word generated place name (GeoNames): a name word of a person found
    /// by a title or given name wins over it (أوستن، بايدن read as ب + ايدن).
    weak: bool,
}

struct Pass<'r, 'd> {
    rec: &'r Compiled,
    doc: &'d Document<'d>,
    /// Normalised token forms.
    words: Vec<&'d str>,
    /// Each token's clitic readings and the word lists they are on, looked up once.
    readings: Vec<Readings>,
    /// token index -> index into `found`
    covered: Vec<Option<usize>>,
    found: Vec<Found>,
    /// token index -> country or entity a demonym there points at.
    demonyms: Vec<Option<u32>>,
    /// normalised token end offsets
    token_end: HashSet<usize>,
    /// Place names met after a region head word (منطقة X), with their entity.
    regions: Vec<(String, u32)>,
    /// Words this text also uses with the article (موقف / الموقف): common nouns,
    /// not name words.
    article_stems: HashSet<&'d str>,
}

impl<'r, 'd> Pass<'r, 'd> {
    fn new(rec: &'r Compiled, doc: &'d Document<'d>) -> Pass<'r, 'd> {
        let norm = doc.normalized.as_str();
        let words: Vec<&str> = doc
            .tokens
            .iter()
            .map(|t| norm.get(t.norm.clone()).unwrap_or(""))
            .collect();
        let n = doc.tokens.len();
        let readings: Vec<Readings> = words.iter().map(|w| rec.lexicon.read(w)).collect();
        let article_stems = words
            .iter()
            .zip(&readings)
            .filter_map(|(w, r)| {
                let stem = r.iter().find(|r| r.article)?.stem_start;
                w.get(usize::from(stem)..)
            })
            .collect();
        Pass {
            rec,
            doc,
            words,
            readings,
            covered: vec![None; n],
            found: Vec::new(),
            demonyms: vec![None; n],
            token_end: doc.tokens.iter().map(|t| t.norm.end).collect(),
            regions: Vec::new(),
            article_stems,
        }
    }

    fn is_arabic(&self, i: usize) -> bool {
        self.doc
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Arabic)
    }

    /// The token index whose normalised range ends at `end`.
    fn token_ending_at(&self, from: usize, end: usize) -> Option<usize> {
        (from..self.doc.tokens.len()).find(|&j| self.doc.tokens[j].norm.end >= end)
    }

    /// Record a span; mentions it overlaps (weak place names, places inside an
    /// organisation's name) give way.
    fn add(&mut self, f: Found) -> usize {
        for t in f.tokens.clone() {
            if let Some(c) = self.covered[t] {
                for u in std::mem::replace(&mut self.found[c].tokens, 0..0) {
                    self.covered[u] = None;
                }
            }
        }
        let index = self.found.len();
        for t in f.tokens.clone() {
            self.covered[t] = Some(index);
        }
        self.found.push(f);
        index
    }

    // ---- pass 1: the knowledge base ------------------------------------------

    fn knowledge_base(&mut self) {
        let norm = self.doc.normalized.as_str();
        let mut names = Vec::new();
        let mut i = 0;
        while i < self.doc.tokens.len() {
            let token = &self.doc.tokens[i];
            if token.kind != TokenKind::Arabic {
                i += 1;
                continue;
            }
            let mut next = i + 1;
            let readings = self.readings[i];
            for split in readings.iter() {
                let start = token.norm.start + usize::from(split.stem_start);
                self.rec.prefixes(norm, start, &mut names);
                let mut accepted = None;
                // The longest name that ends a token and means something here.
                for &(end, pattern) in names.iter().rev() {
                    let slot = pattern.slot(split.article);
                    let target = match (slot.licensed, slot.plain) {
                        (Some(l), _) if self.licensed(i, l.kind) => Some(l),
                        (_, plain) => plain,
                    };
                    // "شبه الجزيرة" is a peninsula, not the channel.
                    let target = target.filter(|t| {
                        t.kind != EntityType::Organization || i == 0 || self.words[i - 1] != "شبه"
                    });
                    // A word of the lexicon as written (وكالات) is that word, not a
                    // clitic before a generated place name (و + كالات).
                    let target = target.filter(|t| {
                        !(t.weak && split.prefix > 0 && readings.whole.any(Lists::VOCABULARY))
                    });
                    if let (true, Some(t)) = (self.token_end.contains(&end), target) {
                        accepted = Some((end, t));
                        break;
                    }
                }
                let Some((end, target)) = accepted else {
                    continue;
                };
                let Some(last) = self.token_ending_at(i, end) else {
                    continue;
                };
                let mut name_start = token.norm.start + usize::from(split.prefix);
                let mut first = i;
                if target.demonym {
                    for t in i..=last {
                        self.demonyms[t] = Some(target.entity);
                    }
                    next = last + 1;
                    break;
                }
                let mut end = end;
                let mut last = last;
                if last > i {
                    let head = match target.kind {
                        // "الملك حمد بن عيسى": the name, not the title.
                        EntityType::Person => self.reads_as(i, Lists::TITLES).is_some(),
                        // "منطقة كورسك", "قطاع غزة": the place, not the head word.
                        EntityType::Location => self
                            .reads_as(i, Lists::REGION_HEADS | Lists::PLACE_NAME_HEADS)
                            .is_some(),
                        // "وكالة فرانس برس": the outlet's own name, when the rest is
                        // a name of the same entity.
                        EntityType::Organization => {
                            self.reads_as(i, Lists::ORG_EXCLUSIVE).is_some()
                                && self.name_of(self.doc.tokens[i + 1].norm.start, end)
                                    == Some(target.entity)
                        }
                    };
                    if head {
                        first = i + 1;
                        name_start = self.doc.tokens[first].norm.start;
                        let region = self.reads_as(i, Lists::REGION_HEADS).is_some();
                        if let (EntityType::Location, true, Some(rest)) =
                            (target.kind, region, norm.get(name_start..end))
                        {
                            self.regions.push((rest.to_string(), target.entity));
                        }
                    }
                    // "مكة المكرمة": the epithet is not part of the name.
                    if target.kind == EntityType::Location
                        && last > first
                        && self.word_is(last, Lists::PLACE_EPITHETS)
                    {
                        last -= 1;
                        end = self.doc.tokens[last].norm.end;
                    }
                }
                self.add(Found {
                    norm: name_start..end,
                    tokens: first..last + 1,
                    kind: target.kind,
                    id: self.rec.id(target.entity).map(str::to_string),
                    discovered: None,
                    entity: Some(target.entity),
                    weak: target.weak && last == i,
                });
                next = last + 1;
                break;
            }
            i = next;
        }
    }

    /// The entity whose name is exactly the normalised range `start..end`.
    fn name_of(&self, start: usize, end: usize) -> Option<u32> {
        let text = self.doc.normalized.as_str().get(start..end)?;
        let (article, bare) = match text.strip_prefix("ال") {
            Some(bare) => (true, bare),
            None => (false, text),
        };
        let slot = self.rec.get(bare)?.slot(article);
        Some(slot.plain.or(slot.licensed)?.entity)
    }

    /// Does the context make an ambiguous name at token `i` an entity?
    /// `المصدر: X`, a head word (صحيفة X، مدينة X) or, for people, a title.
    fn licensed(&self, i: usize, kind: EntityType) -> bool {
        let word = |j: usize| self.words.get(j).copied().unwrap_or("");
        if i >= 2 && word(i - 1) == ":" && reads_word(word(i - 2), "المصدر") {
            return true;
        }
        if i == 0 {
            return false;
        }
        // «الشرق الأوسط»: guillemets quote a title (a paper, a channel).
        if kind == EntityType::Organization && word(i - 1) == "«" {
            return true;
        }
        let set = match kind {
            EntityType::Person => Lists::TITLES,
            _ => Lists::CUES,
        };
        self.reads_as(i - 1, set).is_some()
    }

    /// "منطقة كورسك" names the region: the bare "كورسك" elsewhere in the same text
    /// is taken to mean the region too, not a like-named city.
    fn one_place_per_document(&mut self) {
        if self.regions.is_empty() {
            return;
        }
        let norm = self.doc.normalized.as_str();
        for f in &mut self.found {
            if f.kind != EntityType::Location {
                continue;
            }
            let Some(name) = norm.get(f.norm.clone()) else {
                continue;
            };
            if let Some((_, entity)) = self.regions.iter().find(|(n, _)| n == name) {
                f.id = self.rec.id(*entity).map(str::to_string);
                f.entity = Some(*entity);
            }
        }
    }

    // ---- pass 2: names the base does not know ---------------------------------

    /// The token as a lexicon word: its unsplit form or a reading without و ف ب ل ك.
    fn reads_as(&self, i: usize, list: Lists) -> Option<usize> {
        self.readings.get(i)?.first(list)
    }

    /// The token exactly as written is a word of `list`.
    fn word_is(&self, i: usize, list: Lists) -> bool {
        self.readings.get(i).is_some_and(|r| r.whole.any(list))
    }

    /// Could token `i` be part of a person's name?
    fn name_like(&self, i: usize, allow_article: bool) -> bool {
        let Some(w) = self.words.get(i) else {
            return false;
        };
        self.is_arabic(i)
            && self.covered[i].is_none_or(|c| self.found[c].weak)
            && self.demonyms[i].is_none()
            && w.chars().count() >= 2
            && (allow_article || !w.starts_with("ال"))
            && !["بال", "وال", "فال", "كال", "لل"]
                .iter()
                .any(|p| w.starts_with(p))
            && !self.article_stems.contains(*w)
            && !self.readings[i].iter().any(|r| {
                (!r.article && !r.preposition_b && r.lists.any(Lists::NOT_NAME))
                    || r.lists.any(
                        Lists::CONNECTORS
                            | Lists::TITLES
                            | Lists::ORG_INCLUSIVE
                            | Lists::ORG_EXCLUSIVE,
                    )
            })
    }

    /// A city next to a club word is the club: نادي برشلونة، ريال مدريد، مانشستر
    /// يونايتد.
    fn clubs(&mut self) {
        let n = self.doc.tokens.len();
        for i in 0..n {
            let Some(c) = self.covered[i] else { continue };
            let f = &self.found[c];
            if f.kind != EntityType::Location || f.tokens.start != i {
                continue;
            }
            let end = f.tokens.end;
            let city = f.id.as_deref().is_some_and(|id| id.starts_with("city-"));
            let before = i > 0 && self.reads_as(i - 1, Lists::CLUB_BEFORE).is_some();
            let after = end < n && self.word_is(end, Lists::CLUB_AFTER);
            // A city takes a feminine adjective (برشلونة الإسبانية); a masculine
            // nisba (برشلونة الإسباني) agrees with the club (النادي). Sports words
            // (لاعب، صفوف، ضيفه) name the club too.
            let nisba = city
                && end < n
                && self.demonyms[end].is_some()
                && self.covered[end].is_none()
                && !self.word_is(end, Lists::NOT_NAME)
                && self.words[end].starts_with("ال")
                && self.words[end].ends_with('ي');
            let cue = city && i > 0 && self.reads_as(i - 1, Lists::CLUB_CUES).is_some();
            let (first, last) = match (before, after) {
                (false, false) if nisba || cue => (i, end),
                (_, true) => (i, end + 1),
                (true, false) => {
                    // ريال مدريد is the club's name; نادي برشلونة is head + name.
                    let w = self.words[i - 1];
                    if clitic_splits(w)
                        .iter()
                        .any(|s| matches!(s.stem, "نادي" | "فريق"))
                    {
                        (i, end)
                    } else {
                        (i - 1, end)
                    }
                }
                _ => continue,
            };
            if first < i && self.covered[first].is_some() {
                continue;
            }
            let prefix = if first < i {
                self.reads_as(first, Lists::CLUB_BEFORE).unwrap_or(0)
            } else {
                0
            };
            self.add_span(first, last, prefix, EntityType::Organization, None, None);
        }
    }

    /// A place the base does not know, named after a place word: في حي الشجاعية،
    /// قرب بلدة بريانة، في منطقة تاسيكمالايا. One word; with the article only after
    /// heads that rarely take a common noun (حي، محافظة، مخيم … — منطقة العمليات,
    /// مدينة الملاهي are no places), and no adjective agreeing with the head
    /// (منطقة عازلة، مدينة كبيرة).
    fn places_after_heads(&mut self) {
        let n = self.doc.tokens.len();
        for i in 0..n.saturating_sub(1) {
            let j = i + 1;
            let Some(head) = self.readings[i]
                .iter()
                .find(|r| r.lists.any(Lists::PLACE_HEADS))
            else {
                continue;
            };
            let article_ok = head.lists.any(Lists::PLACE_HEADS_ARTICLE);
            let w = self.words[j];
            let article = w.starts_with("ال");
            let ok = self.covered[i].is_none()
                && self.covered[j].is_none()
                && self.is_arabic(j)
                && self.demonyms[j].is_none()
                && !self.verb_like(j)
                && if article {
                    article_ok && w.chars().count() >= 5 && !self.word_is(j, Lists::VOCABULARY)
                } else {
                    !w.ends_with('ه')
                        && self.name_like(j, false)
                        && !self.word_is(j, Lists::GIVEN)
                        && !self.not_a_later_name_word(j)
                };
            if !ok {
                continue;
            }
            // نيو جيرسي، بني زيد، أم سفير: a short first word takes the next.
            let short = !article && w.chars().count() <= 3;
            let end = if short
                && j + 1 < n
                && self.is_arabic(j + 1)
                && self.covered[j + 1].is_none()
                && self.demonyms[j + 1].is_none()
                && !self.verb_like(j + 1)
                && !self.word_is(j + 1, Lists::NOT_NAME)
            {
                j + 2
            } else {
                j + 1
            };
            self.add_span(j, end, 0, EntityType::Location, None, None);
        }
    }

    fn organisations(&mut self) {
        let n = self.doc.tokens.len();
        let mut i = 0;
        while i < n {
            if self.covered[i].is_some() || !self.is_arabic(i) {
                i += 1;
                continue;
            }
            if let Some(prefix) = self.reads_as(i, Lists::ORG_INCLUSIVE) {
                let ministry = reads_word(self.words[i], "وزاره");
                // The name: words with the article, places and demonyms.
                let mut j = i + 1;
                let mut nationality = false;
                while j < n && j < i + 5 {
                    if let Some(f) = self.covered[j].map(|c| &self.found[c]) {
                        if f.kind == EntityType::Location {
                            j = f.tokens.end;
                            nationality = true;
                            continue;
                        }
                        break;
                    }
                    if self.demonyms[j].is_some() {
                        nationality = true;
                        j += 1;
                        continue;
                    }
                    let w = self.words[j];
                    // المجلس الاقتصادي والاجتماعي: a last adjective joined by و (not a
                    // second organisation: والمجلس التشريعي).
                    let joined = j > i + 1
                        && w.starts_with("وال")
                        && self
                            .reads_as(j, Lists::ORG_INCLUSIVE | Lists::ORG_EXCLUSIVE)
                            .is_none();
                    if self.is_arabic(j)
                        && (w.starts_with("ال") || joined)
                        && !self.rec.lexicon.has(w, Lists::NOT_NAME)
                        && !self.rec.lexicon.has(w, Lists::TITLES)
                    {
                        j += 1;
                        if joined {
                            break;
                        }
                        continue;
                    }
                    break;
                }
                if j > i + 1 && (!ministry || nationality) {
                    let j = self.genitive_complement(j);
                    self.replace_with_org(i, j, prefix);
                    i = j;
                    continue;
                }
            } else if self.reads_as(i, Lists::ORG_EXCLUSIVE).is_some() {
                // صحيفة "الشرق الأوسط": the quoted title is the name, whatever else
                // its words could be.
                if let Some(close) = self.quoted_title(i + 1) {
                    // A title the base knows as an organisation keeps its entry.
                    let known = self.covered[i + 2].is_some_and(|c| {
                        let f = &self.found[c];
                        f.kind == EntityType::Organization && f.tokens == (i + 2..close)
                    });
                    if !known {
                        self.add_span(i + 2, close, 0, EntityType::Organization, None, None);
                    }
                    i = close + 1;
                    continue;
                }
                let j = i + 1;
                // نادي النصر، صحيفة الديار: a club or a paper may be one word with
                // the article; other heads take names without it (شركة نوكيا).
                let article_name = self.reads_as(i, Lists::ARTICLE_NAME_HEADS).is_some();
                let weak = self
                    .covered
                    .get(j)
                    .is_some_and(|c| c.is_none_or(|c| self.found[c].weak));
                if j < n && weak && self.name_like(j, article_name) {
                    let mut k = j + 1;
                    let article = self.words[j].starts_with("ال");
                    while !article && k < n && k < j + 3 && self.name_like(k, false) {
                        k += 1;
                    }
                    self.add_span(j, k, 0, EntityType::Organization, None, None);
                    i = k;
                    continue;
                }
            }
            i += 1;
        }
    }

    /// The end of an organisation's name that goes on with what it is for: الاتحاد
    /// الدولي [لكرة القدم]، المنظمة العالمية [للملكية الفكرية]، البنك الآسيوي
    /// [للتنمية]. A word with لل, or ل before a construct (لكرة القدم), and the
    /// article words after it.
    fn genitive_complement(&self, j: usize) -> usize {
        let n = self.doc.tokens.len();
        let article_word = |k: usize| {
            k < n
                && self.is_arabic(k)
                && self.covered[k].is_none()
                && self.words[k].starts_with("ال")
                && !self.word_is(k, Lists::NOT_NAME | Lists::TITLES)
        };
        let Some(w) = self.words.get(j) else {
            return j;
        };
        if !self.is_arabic(j)
            || self.covered[j].is_some()
            || !w.starts_with('ل')
            || self.reads_as(j, Lists::VOCABULARY).is_some()
        {
            return j;
        }
        // ل before a verbal noun says what for (لتحقيق النجاح، لإعادة الإعمار).
        let purpose = w
            .get('ل'.len_utf8()..)
            .is_some_and(|stem| stem.starts_with('ت') || stem.starts_with('ا'));
        let k = if w.starts_with("لل") && w.chars().count() >= 4 {
            j + 1
        } else if w.chars().count() >= 4 && !purpose && article_word(j + 1) {
            j + 2
        } else {
            return j;
        };
        // One adjective at most: للملكية الفكرية، للثورة الإسلامية.
        if article_word(k) {
            k + 1
        } else {
            k
        }
    }

    /// An opening quote at token `open` and its closing quote within four words:
    /// the index of the closing quote.
    fn quoted_title(&self, open: usize) -> Option<usize> {
        let quote = |k: usize| {
            self.words
                .get(k)
                .is_some_and(|w| matches!(*w, "«" | "\"" | "“" | "»" | "”"))
        };
        if !matches!(self.words.get(open).copied(), Some("«" | "\"" | "“")) {
            return None;
        }
        let close = (open + 2..open + 6).find(|&k| quote(k))?;
        (open + 1..close)
            .all(|k| self.is_arabic(k))
            .then_some(close)
    }

    /// An organisation over tokens `i..j`, absorbing place mentions inside it.
    fn replace_with_org(&mut self, i: usize, j: usize, prefix: usize) {
        self.add_span(i, j, prefix, EntityType::Organization, None, None);
    }

    fn add_span(
        &mut self,
        i: usize,
        j: usize,
        prefix: usize,
        kind: EntityType,
        id: Option<String>,
        discovered: Option<Discovered>,
    ) -> usize {
        let start = self.doc.tokens[i].norm.start + prefix;
        let end = self.doc.tokens[j - 1].norm.end;
        let norm = self.doc.normalized.as_str();
        let id = id.or_else(|| {
            let name = norm.get(start..end).unwrap_or("");
            Some(format!("doc:{name}"))
        });
        self.add(Found {
            norm: start..end,
            tokens: i..j,
            kind,
            id,
            discovered,
            entity: None,
            weak: false,
        })
    }

    fn titled_people(&mut self) {
        let n = self.doc.tokens.len();
        let mut i = 0;
        while i < n {
            if self.covered[i].is_some() || self.reads_as(i, Lists::TITLES).is_none() {
                i += 1;
                continue;
            }
            let title_start = i;
            let mut j = i + 1;
            let mut org = None;
            let mut title_end = i + 1;
            // The title's qualifier: وزير [الخارجية الروسي]، المتحدث [باسم الكرملين].
            while j < n && j < i + 8 {
                if let Some(f) = self.covered[j].map(|c| &self.found[c]) {
                    if f.kind == EntityType::Person {
                        break;
                    }
                    org = f.id.clone();
                    j = f.tokens.end;
                    title_end = j;
                    continue;
                }
                if let Some(country) = self.demonyms[j] {
                    org = self.rec.id(country).map(str::to_string);
                    j += 1;
                    title_end = j;
                    continue;
                }
                let w = self.words[j];
                let qualifier = self.is_arabic(j)
                    && ((w.starts_with("ال") && !self.rec.lexicon.has(w, Lists::NOT_NAME))
                        || self.rec.lexicon.has(w, Lists::TITLE_LINKS)
                        || self.rec.lexicon.has(w, Lists::TITLES));
                if !qualifier {
                    break;
                }
                j += 1;
                title_end = j;
            }
            // One comma may stand between a qualified title and the name.
            if title_end > i + 1 && j < n && matches!(self.words[j], "،" | ",") {
                j += 1;
            }
            let name_start = j;
            let lex = &self.rec.lexicon;
            // After a title a given name that is also a word (الإمام علي، الشيخ صباح)
            // is the name.
            let given_word = self.covered.get(j).is_some_and(|c| c.is_none())
                && !self.word_is(j, Lists::NOT_NAME)
                && (self.word_is(j, Lists::WEAK_GIVEN) || self.word_is(j, Lists::GIVEN));
            if self.name_like(j, false) || self.word_is(j, Lists::CONNECTORS) || given_word {
                j = if given_word && !self.name_like(j, true) && !self.word_is(j, Lists::CONNECTORS)
                {
                    self.name_extent(j + 1).max(j + 1)
                } else {
                    self.name_extent(j)
                };
            }
            // الإمام الخميني، الملك الحسين: after an honorific, a lone word with the
            // article that the qualifier loop took is the name.
            let honorific = self.reads_as(title_start, Lists::HONORIFICS).is_some();
            if j == name_start && honorific && title_end == title_start + 2 && org.is_none() {
                let w = self.words[title_start + 1];
                if w.starts_with("ال")
                    && !lex.has(w, Lists::TITLE_LINKS)
                    && !lex.has(w, Lists::NOT_NAME)
                {
                    let end = self.name_extent(title_start + 2).max(title_start + 2);
                    let end = if end > title_start + 2
                        && self.word_is(title_start + 2, Lists::CONNECTORS)
                    {
                        end
                    } else {
                        title_start + 2
                    };
                    self.add_span(title_start + 1, end, 0, EntityType::Person, None, None);
                    i = end;
                    continue;
                }
            }
            // One unknown word after a title is often the noun of a construct
            // (رئيس بعثة الأمم المتحدة، رئيس كتلة): not a name when an article word
            // follows or it ends in ta marbuta.
            if j == name_start + 1 && !self.word_is(name_start, Lists::GIVEN) {
                let next_article = self.words.get(j).is_some_and(|w| w.starts_with("ال"));
                if next_article || self.words[name_start].ends_with('ه') {
                    j = name_start;
                }
            }
            if j == name_start {
                i = title_end.max(i + 1);
                continue;
            }
            let role_norm = self.doc.tokens[title_start].norm.start
                + self.reads_as(title_start, Lists::TITLES).unwrap_or(0)
                ..self.doc.tokens[title_end - 1].norm.end;
            let role_range = self.doc.normalized.original_range(role_norm);
            let discovered = Discovered {
                name: String::new(),
                role: self.doc.text.get(role_range.clone()).map(str::to_string),
                role_range: Some(role_range),
                org,
            };
            self.add_span(name_start, j, 0, EntityType::Person, None, Some(discovered));
            i = j;
        }
    }

    /// A name after a reporting verb (وقال X Y، …) or a nationality (البرازيلي X)
    /// when what follows confirms it: a comma, إن, a title, or a given name first.
    fn people_in_context(&mut self) {
        let n = self.doc.tokens.len();
        let mut i = 1;
        while i < n {
            let reporting = self.word_is(i - 1, Lists::REPORTING);
            let nationality = self.demonyms[i - 1].is_some()
                && self.covered[i - 1].is_none()
                && self.words[i - 1].starts_with("ال");
            // الألماني فلوريان ماير، الفرنسية إميلي لوا: a singular nisba standing
            // for a person, not one that qualifies a noun (الجانب الإسرائيلي، القوات
            // الإسرائيلية) nor a plural (الإسرائيليين).
            let stands_alone = nationality
                && (self.words[i - 1].ends_with('ي') || self.words[i - 1].ends_with('ه'))
                && !(i >= 2 && self.readings[i - 2].iter().any(|r| r.article));
            let cue = reporting || stands_alone;
            // أسرة مينغ، عائلة كينيدي: the word after a family word is the family's
            // name, unless it agrees with it as an adjective (أسرة كبيرة).
            // (A construct takes no preposition: أسرة لأفراد is "beds for".)
            let family = self.reads_as(i - 1, Lists::FAMILY).is_some();
            if family
                && !self.words[i].starts_with('ل')
                && !self.not_a_later_name_word(i)
                && self.name_like(i, false)
                && !self.verb_like(i)
                && !self.words[i].ends_with('ه')
                && !self.words[i].ends_with('ا')
            {
                self.add_span(i, i + 1, 0, EntityType::Person, None, None);
                i += 1;
                continue;
            }
            if !cue || !self.name_like(i, false) || self.verb_like(i) {
                i += 1;
                continue;
            }
            let given = self.word_is(i, Lists::GIVEN);
            let end = self.name_extent(i);
            // الألماني فلوريان ماير: two name words after a nationality are a
            // person's first name and surname (not a verb with و and a phrase:
            // الإيطالي وخسر بهدف، لخوض).
            let confirmed = given
                || (stands_alone
                    && end >= i + 2
                    && !(self.words[i].starts_with('و') && self.words[i].chars().count() >= 4)
                    && !(self.words[i + 1].starts_with('ل')
                        && self.words[i + 1].chars().count() >= 4))
                || (end < n
                    && (self.word_is(end, Lists::TERMINATORS)
                        || self.reads_as(end, Lists::TITLES).is_some()));
            if end > i && confirmed {
                self.add_span(i, end, 0, EntityType::Person, None, None);
                i = end;
            } else {
                i += 1;
            }
        }
    }

    fn named_people(&mut self) {
        let n = self.doc.tokens.len();
        let mut i = 0;
        while i < n {
            if self.covered[i].is_some() {
                i += 1;
                continue;
            }
            let word = self.words.get(i).copied().unwrap_or("");
            let compound = reads_one_of(word, &["عبد", "ابو"]);
            let prefix = if compound {
                clitic_splits(word)
                    .into_iter()
                    .find(|s| matches!(s.stem, "عبد" | "ابو"))
                    .map(|s| s.prefix_len())
            } else if let Some(p) = self.reads_as(i, Lists::GIVEN) {
                Some(p)
            } else if self.reads_as(i, Lists::THEOPHORIC_HEADS).is_some()
                && matches!(self.words.get(i + 1).copied(), Some("الدين" | "الله"))
            {
                self.reads_as(i, Lists::THEOPHORIC_HEADS)
            } else {
                // حسن، جمال: only before a name word without the article.
                self.reads_as(i, Lists::WEAK_GIVEN).filter(|_| {
                    self.name_like(i + 1, false) || self.word_is(i + 1, Lists::CONNECTORS)
                })
            };
            let Some(prefix) = prefix else {
                i += 1;
                continue;
            };
            let j = self.name_extent(i);
            if j > i + 1 {
                self.add_span(i, j, prefix, EntityType::Person, None, None);
            }
            i = j.max(i + 1);
        }
    }

    /// Where a name starting at token `start` ends (exclusive). A name is a run of
    /// units: a word, or connectors and a word (بن عيسى، عبد الكريم، آل خليفة).
    /// After a given name or a compound the next word may carry the article
    /// (محمد البرادعي، عبد الكريم الخطابي); past two units the name continues only
    /// after a given name or through a connector, so a verb or a second person does
    /// not join it (فلاديمير بوتين كيم جونج أون).
    fn name_extent(&self, start: usize) -> usize {
        let n = self.doc.tokens.len();
        let mut j = start;
        let mut units = 0;
        let mut prev_given = false;
        while j < n && units < 6 {
            let mut k = j;
            while k < n && k < j + 3 && self.word_is(k, Lists::CONNECTORS) {
                k += 1;
            }
            let compound = k > j;
            let given =
                compound || self.word_is(k, Lists::GIVEN) || self.word_is(k, Lists::WEAK_GIVEN);
            // صلاح الدين، نصر الله: one unit of two words.
            let theophoric = k + 1 < n
                && (given || self.word_is(k, Lists::THEOPHORIC_HEADS))
                && matches!(self.words[k + 1], "الدين" | "الله");
            // A given name that is also a word (علي = على) before a connector is a
            // name: على بن never occurs.
            let before_connector = units == 0 && given && self.word_is(k + 1, Lists::CONNECTORS);
            // ألبرت, written with a hamza alef, normalises to a word starting "ال".
            let word_ok = self.name_like(k, compound || prev_given || given)
                || ((theophoric || before_connector)
                    && self.is_arabic(k)
                    && self.covered[k].is_none_or(|c| self.found[c].weak));
            if !word_ok {
                break;
            }
            let k = if theophoric { k + 1 } else { k };
            let given = given || theophoric;
            // Past two units after a given name, a word goes on as another given
            // name, a family name with the article or a nisba (علي محمد الحمادي،
            // أحمد عبد المعطي حجازي) or a long foreign surname (جان بيير رافاران);
            // a short plain word there describes the person (سهيل إدريس نشر، طه
            // حسين باحث).
            let w = self.words[k];
            let letters = w.chars().count();
            let later_ok = given
                || w.starts_with("ال")
                || (w.ends_with('ي') && letters >= 4)
                || (letters >= 6 && !w.ends_with('ا') && !w.ends_with('ه'));
            if units >= 2 && !compound && !(prev_given && later_ok) {
                break;
            }
            // A word that reads as an imperfect verb (يتضمن، تناولت) is not a second
            // name word unless it is a known name.
            if units >= 1 && !given && (self.verb_like(k) || self.not_a_later_name_word(k)) {
                break;
            }
            prev_given = given;
            units += 1;
            j = k + 1;
        }
        j
    }

    /// A word that does not continue a name, judged on the original spelling: a
    /// pronoun suffix (قوله، مواقفه، لإقناعهم — ه, not the ة of حمزة), tanween
    /// (نموذجاً), or the conjunction و before a word (ودائم، وعبير: a second name).
    fn not_a_later_name_word(&self, i: usize) -> bool {
        let Some(token) = self.doc.tokens.get(i) else {
            return false;
        };
        let original = self.doc.text.get(token.range.clone()).unwrap_or("");
        let letters = original.chars().filter(|c| c.is_alphabetic()).count();
        let pronoun = (original.ends_with('ه') && !original.ends_with("الله") && letters >= 4)
            || original.ends_with("هم")
            || original.ends_with("ها");
        let tanween = original.contains('\u{064B}');
        let conjunction = self
            .words
            .get(i)
            .is_some_and(|w| w.starts_with('و') && w.chars().count() >= 4);
        pronoun || tanween || conjunction
    }

    fn verb_like(&self, i: usize) -> bool {
        let Some(w) = self.words.get(i) else {
            return false;
        };
        let letters = w.chars().count();
        (w.starts_with('ي') || w.starts_with('ت')) && letters <= 6
            || (w.ends_with('ت') && letters <= 5)
    }

    // ---- pass 3: linking ---------------------------------------------------------

    fn surnames(&mut self) {
        let norm = self.doc.normalized.as_str();
        // Full names of the people found, fullest first.
        let mut people: Vec<(String, String, usize)> = self
            .found
            .iter()
            .filter(|f| f.kind == EntityType::Person && !f.tokens.is_empty())
            .filter_map(|f| {
                Some((
                    norm.get(f.norm.clone())?.to_string(),
                    f.id.clone()?,
                    f.norm.start,
                ))
            })
            .collect();
        people.sort_by_key(|(name, _, start)| (std::cmp::Reverse(name.split(' ').count()), *start));
        let mut keys: HashMap<String, String> = HashMap::default();
        // Where each person is first named in full: a bare surname before that
        // (العيد مبارك … ثم حسني مبارك) is not linked back to them.
        let mut first_full: HashMap<String, usize> = HashMap::default();
        for (name, id, start) in &people {
            if name.contains(' ') {
                let first = first_full.entry(id.clone()).or_insert(*start);
                *first = (*first).min(*start);
            }
        }
        for (name, id, _) in &people {
            keys.entry(skeleton(name).into_owned())
                .or_insert_with(|| id.clone());
            let mut words = name.split(' ');
            let last = words.next_back();
            // عبد الله: "الله" is no surname.
            let compound = words
                .next_back()
                .is_some_and(|w| self.rec.lexicon.has(w, Lists::SURNAME_CONNECTORS));
            if let (Some(last), true, false) = (last, name.contains(' '), compound) {
                if last.chars().count() >= 3 && !self.rec.lexicon.has(last, Lists::GIVEN) {
                    keys.entry(skeleton(last).into_owned())
                        .or_insert_with(|| id.clone());
                }
            }
        }
        // Short discovered names join the full mention (الرئيس بايدن -> جو بايدن), and
        // discovered names that the base knows by surname join the base entity.
        for f in &mut self.found {
            if f.kind != EntityType::Person || f.entity.is_some() {
                continue;
            }
            let Some(name) = norm.get(f.norm.clone()) else {
                continue;
            };
            if let Some(id) = keys.get(skeleton(name).as_ref()) {
                f.id = Some(id.clone());
            } else if let Some(&e) = self.rec.surnames.get(name) {
                f.id = self.rec.id(e).map(str::to_string);
                f.entity = Some(e);
                f.discovered = None;
            }
        }
        for i in 0..self.doc.tokens.len() {
            let weak = self.covered[i].is_none_or(|c| self.found[c].weak);
            if !weak || !self.is_arabic(i) {
                continue;
            }
            let hit = clitic_splits(self.words[i])
                .into_iter()
                .filter(|s| !s.article)
                .find_map(|s| {
                    keys.get(skeleton(s.stem).as_ref())
                        .map(|id| (s.stem_start, id.clone()))
                });
            if let Some((prefix, id)) = hit {
                let named_before = first_full
                    .get(&id)
                    .is_none_or(|&first| first <= self.doc.tokens[i].norm.start);
                if named_before {
                    self.add_span(i, i + 1, prefix, EntityType::Person, Some(id), None);
                }
            }
        }
    }

    fn finish(mut self) -> Vec<EntityMention> {
        // جائزة نوبل، مطار جون كنيدي، شهر رمضان: a person's name after a word for
        // a prize, a tournament, a place or a month names that thing, not the
        // person. (A place's name there stays a place: ANERcorp and readers take
        // اتفاق الطائف as naming الطائف.)
        let namesakes: Vec<bool> = self
            .found
            .iter()
            .map(|f| {
                f.kind == EntityType::Person
                    && f.tokens.start > 0
                    && self
                        .reads_as(f.tokens.start - 1, Lists::NAMESAKE | Lists::EVENTS)
                        .is_some()
            })
            .collect();
        for (f, namesake) in self.found.iter_mut().zip(namesakes) {
            if namesake {
                f.tokens = 0..0;
            }
        }
        let doc = self.doc;
        // The fullest name and the title of each discovered entity, for every mention.
        let mut info: HashMap<String, Discovered> = HashMap::default();
        for f in self.found.iter().filter(|f| !f.tokens.is_empty()) {
            let (Some(id), None) = (&f.id, f.entity) else {
                continue;
            };
            let range = doc.normalized.original_range(f.norm.clone());
            let name = doc.text.get(range).unwrap_or("").to_string();
            let entry = info.entry(id.clone()).or_insert_with(|| Discovered {
                name: String::new(),
                role: None,
                role_range: None,
                org: None,
            });
            if name.chars().count() > entry.name.chars().count() {
                entry.name = name;
            }
            if let (None, Some(d)) = (&entry.role, &f.discovered) {
                entry.role = d.role.clone();
                entry.role_range = d.role_range.clone();
                entry.org = d.org.clone();
            }
        }
        let mut out: Vec<EntityMention> = self
            .found
            .into_iter()
            .filter(|f| !f.tokens.is_empty())
            .map(|f| {
                let discovered = match (&f.id, f.entity) {
                    (Some(id), None) => info.get(id).cloned(),
                    _ => None,
                };
                EntityMention {
                    range: doc.normalized.original_range(f.norm),
                    kind: f.kind,
                    id: f.id,
                    discovered,
                }
            })
            .collect();
        out.sort_by_key(|m| (m.range.start, m.range.end));
        out
    }
}

/// A person's name with transliteration choices folded (غ -> ج), for linking
/// كيم جونغ أون to كيم جونج أون.
fn skeleton(name: &str) -> std::borrow::Cow<'_, str> {
    if name.contains('غ') {
        name.replace('غ', "ج").into()
    } else {
        name.into()
    }
}

/// Can this normalised word be read as `target` (normalised) after proclitics?
fn reads_word(word: &str, target: &str) -> bool {
    reads_one_of(word, &[target])
}

/// Can this normalised word be read as one of `targets` after proclitics?
fn reads_one_of(word: &str, targets: &[&str]) -> bool {
    clitic_splits(word)
        .iter()
        .any(|s| s.with_standalone(|w| targets.contains(&w)))
}
