//! Linking the tagger's spans: a knowledge-base id for a span the base names with
//! the same extent and type, an earlier full name of this article for a short
//! one, else a document-local id. Linking never makes an entity: it only names
//! what the tagger found.

use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;

use super::compiled::{Compiled, Target};
use super::lexicon::Lists;
use super::table::{KbName, Table};
use super::{Discovered, EntityMention};
use crate::kb::EntityType;
use crate::text::tokens::TokenKind;

/// A span the tagger found: token indices (end exclusive) and a type.
#[derive(Debug, Clone)]
pub(super) struct Span {
    pub tokens: Range<usize>,
    pub kind: EntityType,
}

/// A span with what linking gave it.
pub(super) struct Linked {
    /// Normalised byte range of the name (clitics of the first token left out).
    pub norm: Range<usize>,
    pub kind: EntityType,
    pub id: String,
    /// Knowledge-base entity, when the base names it.
    pub entity: Option<u32>,
    /// The entity is a generated place (GeoNames): a person of the article wins.
    pub weak: bool,
    pub discovered: Option<Discovered>,
}

pub(super) fn link(rec: &Compiled, table: &Table, spans: &[Span]) -> Vec<EntityMention> {
    let spans: Vec<Span> = spans
        .iter()
        .filter_map(|s| trimmed(table, s))
        .flat_map(|s| split_at_known_names(table, s))
        .map(|s| person_ends_with_known_name(table, s))
        .collect();
    let spans: Vec<Span> = spans
        .iter()
        .filter(|s| !nisba_after_definite_noun(table, &spans, s))
        .cloned()
        .collect();
    let mut linked: Vec<Linked> = spans.iter().map(|s| link_one(rec, table, s)).collect();
    curated_names_missed(rec, table, &spans, &mut linked);
    super::in_context::link(rec, table, &mut linked);
    linked.sort_by_key(|l| l.norm.start);
    short_forms(rec, table, &mut linked);
    one_place_per_document(rec, table, &mut linked);
    mentions(table, linked)
}

/// The span without punctuation at its edges (a bullet, a quote mark).
fn trimmed(table: &Table, span: &Span) -> Option<Span> {
    let punct = |i: usize| table.kind(i) == Some(TokenKind::Punct);
    let (mut start, mut end) = (span.tokens.start, span.tokens.end);
    while start < end && punct(start) {
        start += 1;
    }
    while end > start && punct(end - 1) {
        end -= 1;
    }
    (start < end).then_some(Span {
        tokens: start..end,
        kind: span.kind,
    })
}

/// A span that runs from one known name into another of another type is two
/// mentions: «فلاديمير بوتين موسكو» is the person, then the city.
fn split_at_known_names(table: &Table, span: Span) -> Vec<Span> {
    let name_at = |i: usize| table.name_at[i].map(|n| &table.names[n as usize]);
    let Some(first) = name_at(span.tokens.start) else {
        return vec![span];
    };
    let cut = first.tokens.end;
    let next = (cut < span.tokens.end).then(|| name_at(cut)).flatten();
    match next {
        Some(second)
            if first.tokens.start == span.tokens.start
                && first.target.kind == span.kind
                && second.target.kind != span.kind
                && second.tokens.start == cut
                && second.tokens.end == span.tokens.end
                && !second.unlicensed =>
        {
            vec![
                Span {
                    tokens: span.tokens.start..cut,
                    kind: span.kind,
                },
                Span {
                    tokens: cut..span.tokens.end,
                    kind: second.target.kind,
                },
            ]
        }
        _ => vec![span],
    }
}

/// A person's span that starts with a known person's full name and runs on past
/// its end into words no person's name covers ends with the name: «فلاديمير بوتين
/// سيزور» is Putin, and the verb is no part of him.
fn person_ends_with_known_name(table: &Table, span: Span) -> Span {
    let name_at = |i: usize| table.name_at[i].map(|n| &table.names[n as usize]);
    let Some(name) = name_at(span.tokens.start) else {
        return span;
    };
    let end = name.tokens.end;
    let runs_on = name.tokens.start == span.tokens.start
        && end < span.tokens.end
        && name.target.kind == EntityType::Person
        && span.kind == EntityType::Person
        && !name.unlicensed
        && !name.target.weak
        && name.tokens.len() >= 2
        // The words it runs on into are no name, or the start of another kind's
        // («سيزور بيونغ» of بيونغ يانغ).
        && (end..span.tokens.end)
            .all(|i| name_at(i).is_none_or(|n| n.target.kind != EntityType::Person));
    if runs_on {
        Span {
            tokens: span.tokens.start..end,
            kind: span.kind,
        }
    } else {
        span
    }
}

/// الأسهم السعودية، المرأة المصرية: a one-word place with the article and a
/// nisba ending (ي، ية) right after a definite noun agrees with that noun: an
/// adjective, no mention of the country. (في السعودية، المملكة العربية
/// السعودية stay places.)
fn nisba_after_definite_noun(table: &Table, spans: &[Span], span: &Span) -> bool {
    let i = span.tokens.start;
    let word = table.words[i];
    let nisba = word.starts_with("ال") && (word.ends_with('ي') || word.ends_with("يه"));
    if span.kind != EntityType::Location || span.tokens.len() != 1 || !nisba || i == 0 {
        return false;
    }
    let before = table.words[i - 1];
    let in_a_name = spans.iter().any(|s| s.tokens.contains(&(i - 1)));
    table.kind(i - 1) == Some(TokenKind::Arabic)
        && before.starts_with("ال")
        && !in_a_name
        && table.name_at[i - 1].is_none()
}

fn link_one(rec: &Compiled, table: &Table, span: &Span) -> Linked {
    if let Some((norm, target, kind)) =
        covering_name(table, span).or_else(|| base_name(rec, table, span))
    {
        return Linked {
            norm,
            kind,
            id: rec.id(target.entity).unwrap_or_default().to_string(),
            entity: Some(target.entity),
            weak: target.weak,
            discovered: None,
        };
    }
    let norm = name_range(table, span);
    let text = table
        .doc
        .normalized
        .as_str()
        .get(norm.clone())
        .unwrap_or("");
    Linked {
        id: format!("doc:{text}"),
        norm,
        kind: span.kind,
        entity: None,
        weak: false,
        discovered: (span.kind == EntityType::Person)
            .then(|| role_before(rec, table, span.tokens.start)),
    }
}

/// A name the table found that this span is, or is part of: the same tokens
/// with the same type, or with another type when the name is written by hand
/// (أوكرانيا is the country the base says it is, whatever the tagger guessed;
/// a generated place name yields to the tagger's reading); a longer name around
/// the span, taken whole (the base knows the full form: جيش كوريا الديمقراطية is
/// the army, not the country inside it); or the place after a head word the
/// tagger took in (منطقة كورسك -> كورسك).
fn covering_name(table: &Table, span: &Span) -> Option<(Range<usize>, Target, EntityType)> {
    let name_at = |i: usize| {
        let index = table.name_at.get(i).copied().flatten()?;
        Some(&table.names[index as usize])
    };
    if let Some(name) = name_at(span.tokens.start) {
        let target = name.target;
        let exact = name.tokens == span.tokens;
        let around = name.tokens.start <= span.tokens.start && span.tokens.end <= name.tokens.end;
        let hand_written = target.curated && !name.unlicensed;
        let kind = if target.kind == span.kind && (exact || around) {
            Some(span.kind)
        } else if (exact && !target.weak && !name.unlicensed) || (around && hand_written) {
            Some(target.kind)
        } else {
            None
        };
        if let Some(kind) = kind {
            let range = if heads_before(table, name, span) {
                name_range(table, span)
            } else {
                without_head(table, name.tokens.clone(), &name.norm, kind)
            };
            return Some((range, target, kind));
        }
    }
    let head = table.reads_as(
        span.tokens.start,
        Lists::REGION_HEADS | Lists::PLACE_NAME_HEADS,
    );
    let name = name_at(span.tokens.start + 1).filter(|_| head.is_some())?;
    let fits = name.tokens.start == span.tokens.start + 1 && name.tokens.end == span.tokens.end;
    (fits && name.target.kind == span.kind).then(|| (name.norm.clone(), name.target, span.kind))
}

/// Does the base's name of the span's own type add only head words before the
/// tagger's span (وكالة [فرانس برس]، تنظيم [القاعدة]، الملك [عبدالله الثاني])? The
/// tagger decided where the name starts; the base only links it. Heads that are
/// part of a name (وزارة الداخلية، مجلس الأمن) and titles that name a person by
/// office (أمير الكويت) are no such heads.
fn heads_before(table: &Table, name: &KbName, span: &Span) -> bool {
    let heads = match span.kind {
        EntityType::Organization => Lists::ORG_EXCLUSIVE | Lists::ARTICLE_NAME_HEADS,
        EntityType::Person => Lists::TITLES | Lists::HONORIFICS,
        EntityType::Location => Lists::REGION_HEADS | Lists::PLACE_NAME_HEADS | Lists::PLACE_HEADS,
    };
    let tokens = &name.tokens;
    name.target.kind == span.kind
        && tokens.start < span.tokens.start
        && tokens.end == span.tokens.end
        && (tokens.start..span.tokens.start).all(|i| table.reads_as(i, heads).is_some())
}

/// A place's name without the head word the base wrote with it: "منطقة كورسك"
/// names the region; the mention is "كورسك".
fn without_head(
    table: &Table,
    tokens: Range<usize>,
    norm: &Range<usize>,
    kind: EntityType,
) -> Range<usize> {
    let heads = Lists::REGION_HEADS | Lists::PLACE_NAME_HEADS;
    if kind == EntityType::Location
        && tokens.len() > 1
        && table.reads_as(tokens.start, heads).is_some()
    {
        table.doc.tokens[tokens.start + 1].norm.start..norm.end
    } else {
        norm.clone()
    }
}

/// Hand-written names of the base the tagger left as ordinary words: a curated
/// name that is no common word is a mention wherever it stands whole (وكالة
/// الاستخبارات الوطنية، الكرملين). Generated names never are: they carry too many
/// words.
fn curated_names_missed(rec: &Compiled, table: &Table, spans: &[Span], linked: &mut Vec<Linked>) {
    let mut taken = vec![false; table.len()];
    for s in spans {
        taken[s.tokens.clone()].iter_mut().for_each(|t| *t = true);
    }
    for name in &table.names {
        let t = name.target;
        if !t.curated
            || t.kind == EntityType::Location
            || name.unlicensed
            || taken[name.tokens.clone()].iter().any(|&t| t)
        {
            continue;
        }
        linked.push(Linked {
            norm: name.norm.clone(),
            kind: t.kind,
            id: rec.id(t.entity).unwrap_or_default().to_string(),
            entity: Some(t.entity),
            weak: false,
            discovered: None,
        });
    }
}

/// The knowledge-base entity whose name is exactly the span's text.
fn base_name(
    rec: &Compiled,
    table: &Table,
    span: &Span,
) -> Option<(Range<usize>, Target, EntityType)> {
    let norm = name_range(table, span);
    let text = table.doc.normalized.as_str().get(norm.clone())?;
    let (article, bare) = match text.strip_prefix("ال") {
        Some(bare) if bare.chars().count() >= 2 => (true, bare),
        _ => (false, text),
    };
    let slot = rec.get(bare)?.slot(article);
    let target = slot.plain.or(slot.licensed)?;
    (target.kind == span.kind && !target.demonym).then_some((norm, target, span.kind))
}

/// The span's normalised range without the clitics of its first word: و ف, and ب
/// ل ك when the article or a listed word follows them. An unknown name keeps its
/// first letter (وليد، فيصل، بشير begin with what could be a clitic).
fn name_range(table: &Table, span: &Span) -> Range<usize> {
    let tokens = &table.doc.tokens;
    let first = &tokens[span.tokens.start];
    let end = tokens[span.tokens.end - 1].norm.end;
    let prefix = table.readings[span.tokens.start]
        .iter()
        .filter(|r| r.prefix > 0 && (r.article || !r.lists.is_empty()))
        .map(|r| usize::from(r.prefix))
        .max()
        .unwrap_or(0);
    first.norm.start + prefix..end
}

/// The title or role just before a person's name (نائب وزير الخارجية الروسي X),
/// and the organisation or country it belongs to, when the base knows it.
fn role_before(rec: &Compiled, table: &Table, start: usize) -> Discovered {
    let mut first = start;
    let mut org = None;
    while first > 0 && start - first < 6 {
        let j = first - 1;
        let w = table.words[j];
        let title = table
            .reads_as(j, Lists::TITLES | Lists::TITLE_LINKS)
            .is_some();
        let qualifier =
            w.starts_with("ال") || table.name_at[j].is_some() || table.demonym[j].is_some();
        if !(title || qualifier) {
            break;
        }
        if let Some(name) = table.name_at[j].map(|n| &table.names[n as usize]) {
            org = org.or_else(|| rec.id(name.target.entity).map(str::to_string));
        } else if let Some(country) = table.demonym[j] {
            org = org.or_else(|| rec.id(country).map(str::to_string));
        }
        first = j;
    }
    // The role begins with a title word: trailing qualifiers alone are no role.
    while first < start && table.reads_as(first, Lists::TITLES).is_none() {
        first += 1;
    }
    if first == start {
        return Discovered::default();
    }
    let tokens = &table.doc.tokens;
    let clitics = table.reads_as(first, Lists::TITLES).unwrap_or(0);
    let norm = tokens[first].norm.start + clitics..tokens[start - 1].norm.end;
    let range = table.doc.normalized.original_range(norm);
    Discovered {
        name: String::new(),
        role: table.doc.text.get(range.clone()).map(str::to_string),
        role_range: Some(range),
        org,
    }
}

/// A short form of a person named in full earlier in the article (بايدن after جو
/// بايدن) takes that person's id. Only spans the tagger read as people, only
/// people this article names, and only after the full name.
fn short_forms(rec: &Compiled, table: &Table, linked: &mut [Linked]) {
    let norm = table.doc.normalized.as_str();
    let mut known: HashMap<String, (String, Option<u32>)> = HashMap::default();
    for l in linked.iter_mut() {
        let Some(name) = norm.get(l.norm.clone()) else {
            continue;
        };
        let key = skeleton(name);
        let words: Vec<&str> = key.split(' ').collect();
        // A one-word span the tagger found, of a person named earlier: that person
        // (بايدن after جو بايدن, even where the tagger guessed a place; مبارك
        // after جمال مبارك, not the famous مبارك the article does not name).
        if words.len() == 1 && (l.entity.is_none() || l.weak || l.kind == EntityType::Person) {
            // وبايدن: the conjunction the name keeps is no part of the surname.
            let bare = key.strip_prefix('و').or_else(|| key.strip_prefix('ف'));
            let found = known.get(&key).or_else(|| bare.and_then(|b| known.get(b)));
            if let Some((id, entity)) = found {
                l.id = id.clone();
                l.entity = *entity;
                l.kind = EntityType::Person;
                l.discovered = None;
            }
            continue;
        }
        if l.kind != EntityType::Person {
            continue;
        }
        if words.len() < 2 {
            continue;
        }
        // The surname: the last word, unless it ends a compound (عبد الله).
        let compound = words
            .get(words.len() - 2)
            .is_some_and(|w| rec.lexicon.has(w, Lists::SURNAME_CONNECTORS));
        let last = words[words.len() - 1];
        if !compound && last.chars().count() >= 3 {
            known
                .entry(last.to_string())
                .or_insert_with(|| (l.id.clone(), l.entity));
        }
        known
            .entry(key.clone())
            .or_insert_with(|| (l.id.clone(), l.entity));
    }
}

/// "منطقة كورسك" names the region: the bare "كورسك" elsewhere in the same text
/// is taken to mean the region too, not a like-named city.
fn one_place_per_document(rec: &Compiled, table: &Table, linked: &mut [Linked]) {
    let norm = table.doc.normalized.as_str();
    let tokens = &table.doc.tokens;
    let after_region_head = |l: &Linked| {
        let i = tokens.partition_point(|t| t.norm.end <= l.norm.start);
        i > 0
            && tokens[i].norm.start == l.norm.start
            && table.reads_as(i - 1, Lists::REGION_HEADS).is_some()
    };
    let regions: Vec<(&str, u32)> = linked
        .iter()
        .filter(|l| l.kind == EntityType::Location && after_region_head(l))
        .filter_map(|l| Some((norm.get(l.norm.clone())?, l.entity?)))
        .collect();
    if regions.is_empty() {
        return;
    }
    for l in linked.iter_mut().filter(|l| l.kind == EntityType::Location) {
        let name = norm.get(l.norm.clone()).unwrap_or("");
        if let Some(&(_, entity)) = regions.iter().find(|(n, _)| *n == name) {
            l.id = rec.id(entity).unwrap_or_default().to_string();
            l.entity = Some(entity);
        }
    }
}

/// The mentions in text order, each discovered entity with its fullest name and
/// its first role on every mention.
fn mentions(table: &Table, linked: Vec<Linked>) -> Vec<EntityMention> {
    let doc = table.doc;
    let mut info: HashMap<String, Discovered> = HashMap::default();
    for l in linked.iter().filter(|l| l.entity.is_none()) {
        let range = doc.normalized.original_range(l.norm.clone());
        let name = doc.text.get(range).unwrap_or("");
        let entry = info.entry(l.id.clone()).or_default();
        if name.chars().count() > entry.name.chars().count() {
            entry.name = name.to_string();
        }
        if let (None, Some(d)) = (&entry.role, &l.discovered) {
            entry.role = d.role.clone();
            entry.role_range = d.role_range.clone();
            entry.org = d.org.clone();
        }
    }
    let mut out: Vec<EntityMention> = linked
        .into_iter()
        .map(|l| EntityMention {
            range: doc.normalized.original_range(l.norm),
            kind: l.kind,
            discovered: l
                .entity
                .is_none()
                .then(|| info.get(&l.id).cloned())
                .flatten(),
            id: Some(l.id),
        })
        .collect();
    out.sort_by_key(|m| (m.range.start, m.range.end));
    out
}

/// A name with transliteration choices folded (غ -> ج), for linking كيم جونغ أون
/// to كيم جونج أون.
fn skeleton(name: &str) -> String {
    name.replace('غ', "ج")
}
