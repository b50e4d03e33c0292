//! Titles and generic names, linked by the article's date and the passage's
//! country (see `dates.rs` and `context.rs` for the two rules):
//!
//! - a mention that is a title and a country («أمير الكويت») goes to whoever held
//!   that office at the article's date, or, with no date, at the base's cut-off;
//!   to nobody when the base knows the office but not who held it then;
//! - (a title the tagger and the base leave alone is no mention: ANERcorp and
//!   NewsFANE tag no titles, and new mentions there cost PERS F1 0.007;)
//! - a generic name («مجلس الوزراء», «وزارة الداخلية») goes to the body of the
//!   country it names or the passage is about, else stays unlinked.
//!
//! A title followed by السابق، الراحل … is someone else's: it is not linked.

use std::cell::OnceCell;
use std::ops::Range;

use super::compiled::Compiled;
use super::context::Passages;
use super::link::Linked;
use super::offices::{self, Holding, Offices};
use super::table::Table;
use super::{dates, hover};
use crate::kb::EntityType;
use crate::text::tokens::TokenKind;

/// The most words of a title before its country (نائب رئيس مجلس الوزراء).
const MAX_TITLE_WORDS: usize = 5;

struct Ctx<'a> {
    rec: &'a Compiled,
    offices: &'a Offices,
    table: &'a Table<'a>,
    date: OnceCell<Option<String>>,
    passages: OnceCell<Passages<'a>>,
    /// token -> index of the mention covering it.
    covered: Vec<Option<u32>>,
}

/// A title in the text: its tokens, its office's key and its country when named.
struct Title {
    /// The first token after the country, when one is named.
    end: usize,
    key: String,
    country: Option<u32>,
}

pub(super) fn link(rec: &Compiled, table: &Table, linked: &mut Vec<Linked>) {
    let offices = &rec.offices;
    if offices.is_empty() {
        return;
    }
    let mut ctx = Ctx {
        rec,
        offices,
        table,
        date: OnceCell::new(),
        passages: OnceCell::new(),
        covered: covered(table, linked),
    };
    if dated_title_mentions(&ctx, linked) {
        // Mentions were left out: the indices changed.
        ctx.covered = covered(table, linked);
    }
    // Generic names: none in a base without them (no walk over the tokens).
    let mut i = if offices.generic_words() == 0 {
        table.len()
    } else {
        0
    };
    while i < table.len() {
        i = match ctx.office_at(i, linked) {
            // A one-word generic name (الحكومة، الجيش) the tagger did not find is
            // no mention: news corpora do not tag them, and a new mention costs
            // organisation precision (NewsFANE CV 0.666 -> 0.616 with them).
            Some(found) if ctx.covered[i].is_none() && tokens_of(table, &found.norm).len() < 2 => {
                i + 1
            }
            Some(found) => {
                let tokens = tokens_of(table, &found.norm);
                ctx.cover(tokens.clone(), linked.len());
                linked.push(found);
                tokens.end.max(i + 1)
            }
            None => i + 1,
        };
    }
}

/// The places linking found, as (original range, entity), in text order.
fn places(table: &Table, linked: &[Linked]) -> Vec<(Range<usize>, u32)> {
    let mut places: Vec<(Range<usize>, u32)> = linked
        .iter()
        .filter(|l| l.kind == EntityType::Location)
        .filter_map(|l| {
            Some((
                table.doc.normalized.original_range(l.norm.clone()),
                l.entity?,
            ))
        })
        .chain(hand_written_places(table))
        .collect();
    places.sort_by_key(|(r, _)| r.start);
    places
}

/// The base's hand-written place names in the text, whatever the tagger made of
/// them: «وقعت السعودية والعراق» names two countries even where the tagger read
/// one as an adjective (a nisba counts as its country too, see `context.rs`).
fn hand_written_places<'t>(table: &'t Table) -> impl Iterator<Item = (Range<usize>, u32)> + 't {
    table
        .names
        .iter()
        .filter(|n| n.target.kind == EntityType::Location && n.target.curated && !n.unlicensed)
        .map(|n| {
            (
                table.doc.normalized.original_range(n.norm.clone()),
                n.target.entity,
            )
        })
}

fn covered(table: &Table, linked: &[Linked]) -> Vec<Option<u32>> {
    let mut covered = vec![None; table.len()];
    for (n, l) in linked.iter().enumerate() {
        for slot in &mut covered[tokens_of(table, &l.norm)] {
            *slot = Some(n as u32);
        }
    }
    covered
}

/// The tokens a normalised range lies on.
fn tokens_of(table: &Table, norm: &Range<usize>) -> Range<usize> {
    let tokens = &table.doc.tokens;
    let start = tokens.partition_point(|t| t.norm.end <= norm.start);
    let end = tokens.partition_point(|t| t.norm.start < norm.end);
    start..end.max(start)
}

/// Mentions that are a title and a country (an alias like «أمير الكويت»): the
/// holder at the article's date; none when the base knows nobody then. Says
/// whether it left any out.
fn dated_title_mentions(ctx: &Ctx, linked: &mut Vec<Linked>) -> bool {
    let mut nobody = Vec::new();
    for (n, l) in linked.iter_mut().enumerate() {
        if l.kind != EntityType::Person {
            continue;
        }
        let tokens = tokens_of(ctx.table, &l.norm);
        let Some(title) = ctx.explicit_title(tokens.start) else {
            continue;
        };
        if title.end != tokens.end {
            continue;
        }
        // A mention the tagger found stays, unlinked; one the base's alias made goes.
        let alias = l.entity.is_some();
        match ctx.holding(&title) {
            Holding::Unknown => {}
            Holding::Held(_) if ctx.someone_else(title.end) => nobody.extend(alias.then_some(n)),
            Holding::Held(e) => ctx.set(l, e),
            Holding::Nobody => nobody.extend(alias.then_some(n)),
        }
    }
    if nobody.is_empty() {
        return false;
    }
    let mut keep = vec![true; linked.len()];
    for n in nobody {
        keep[n] = false;
    }
    let mut n = 0;
    linked.retain(|_| {
        n += 1;
        keep[n - 1]
    });
    true
}

impl<'a> Ctx<'a> {
    /// A generic name starting at token `i` that links, as a new mention.
    fn office_at(&self, i: usize, linked: &mut [Linked]) -> Option<Linked> {
        // Inside a linked mention nothing starts but a generic name that is the
        // whole of an unlinked organisation's (most tokens stop here or below).
        let inside = self.covered[i].and_then(|n| linked.get(n as usize));
        if inside.is_some_and(|l| l.entity.is_some() || l.kind != EntityType::Organization)
            || self.table.kind(i) != Some(TokenKind::Arabic)
        {
            return None;
        }
        let flags = self
            .stems(i)
            .fold(0, |f, (stem, _, _)| f | self.offices.starts_generic(stem));
        if flags == 0 {
            return None;
        }
        self.generic_at(i, linked)
    }

    /// Token `i`'s stems without clitics and the article: (stem, had the article,
    /// clitic bytes before it).
    #[inline]
    fn stems(&self, i: usize) -> impl Iterator<Item = (&'a str, bool, usize)> + '_ {
        let word = self.table.words[i];
        self.table.readings[i].iter().filter_map(move |r| {
            let stem = word.get(usize::from(r.stem_start)..)?;
            Some((stem, r.article, usize::from(r.prefix)))
        })
    }

    /// Title words from token `start` up to a country's name or demonym.
    fn explicit_title(&self, start: usize) -> Option<Title> {
        let first = self.first_stem(start)?;
        let mut words = vec![first];
        let last = (start + MAX_TITLE_WORDS).min(self.table.len());
        for j in start + 1..last {
            if self.table.kind(j) != Some(TokenKind::Arabic) {
                return None;
            }
            if let Some((country, end)) = self.country_ref(j) {
                return Some(Title {
                    end,
                    key: self.offices.key(&words),
                    country: Some(country),
                });
            }
            words.push(offices::without_article(self.table.words[j]).0.to_string());
        }
        None
    }

    /// The first word of a title without clitics and article; none when no
    /// office's title starts with it.
    fn first_stem(&self, i: usize) -> Option<String> {
        self.stems(i)
            .find(|(stem, _, _)| self.offices.starts(stem) & offices::TITLE != 0)
            .map(|(stem, _, _)| stem.to_string())
    }

    /// A generic name starting at token `i`, not inside another mention (or the
    /// whole of an unlinked organisation's): its country's body, or nothing.
    fn generic_at(&self, i: usize, linked: &mut [Linked]) -> Option<Linked> {
        let span = self.covered[i].map(|n| n as usize);
        if span.is_some_and(|n| n >= linked.len()) {
            return None;
        }
        if let Some(l) = span.and_then(|n| linked.get(n)) {
            let starts_here = tokens_of(self.table, &l.norm).start == i;
            if l.entity.is_some() || l.kind != EntityType::Organization || !starts_here {
                return None;
            }
        }
        let (entity, tokens, clitics) = self.stems(i).find_map(|(stem, article, clitics)| {
            let (entity, tokens) = self.generic_name(i, stem, article, span.is_none(), linked)?;
            Some((entity, tokens, clitics))
        })?;
        match span {
            Some(n)
                if tokens_of(self.table, &linked[n].norm).end == tokens.end
                    || self
                        .country_ref(tokens.end)
                        .is_some_and(|(_, e)| tokens_of(self.table, &linked[n].norm).end == e) =>
            {
                self.set(&mut linked[n], entity);
                None
            }
            Some(_) => None,
            None => {
                let mut mention = self.mention(&tokens, entity, clitics);
                mention.kind = self.rec.kind(entity).unwrap_or(EntityType::Organization);
                Some(mention)
            }
        }
    }

    /// The longest generic name at token `i` whose first word is `stem`, and the
    /// body it stands for in the country named after it or the passage's.
    fn generic_name(
        &self,
        i: usize,
        stem: &str,
        article: bool,
        free: bool,
        linked: &[Linked],
    ) -> Option<(u32, Range<usize>)> {
        let flag = if article {
            offices::GENERIC_ARTICLE
        } else {
            offices::GENERIC
        };
        if self.offices.starts(stem) & flag == 0 {
            return None;
        }
        let most = self.offices.generic_words().min(self.table.len() - i);
        (1..=most).rev().find_map(|n| {
            let words = (i + 1..i + n).map(|j| self.table.words[j]);
            let name = std::iter::once(stem)
                .chain(words)
                .collect::<Vec<_>>()
                .join(" ");
            let bodies = self.offices.generic(&name, article);
            if bodies.is_empty() || (free && (i + 1..i + n).any(|j| self.covered[j].is_some())) {
                return None;
            }
            let country = match self.country_ref(i + n) {
                Some((country, _)) => country,
                None => self
                    .passages(linked)
                    .country_at(self.table.doc.tokens[i].range.start)?,
            };
            let body = bodies.iter().find(|(_, c)| *c == country)?;
            Some((body.0, i..i + n))
        })
    }

    /// A country named at token `j`: by a demonym, a country's name, or a word that
    /// is one (inside a longer name: «أمير الكويت»). Returns it and the token after.
    fn country_ref(&self, j: usize) -> Option<(u32, usize)> {
        let table = self.table;
        if j >= table.len() {
            return None;
        }
        if let Some(d) = table.demonym[j] {
            let end = (j..table.len())
                .take_while(|&t| table.demonym[t] == Some(d))
                .count();
            return Some((self.offices.country(d)?, j + end));
        }
        if let Some(name) = table.name_at[j].map(|n| &table.names[n as usize]) {
            let e = name.target.entity;
            if name.tokens.start == j && !name.unlicensed && self.offices.is_country(e) {
                return Some((e, name.tokens.end));
            }
        }
        let (bare, article) = offices::without_article(table.words[j]);
        let target = self.rec.get(bare)?.slot(article).plain?;
        let e = target.entity;
        if target.demonym {
            return Some((self.offices.country(e)?, j + 1));
        }
        self.offices.is_country(e).then_some((e, j + 1))
    }

    fn holding(&self, title: &Title) -> Holding {
        let Some(country) = title.country else {
            return Holding::Unknown;
        };
        self.offices.holder(&title.key, country, self.date())
    }

    /// The article's date (`dates.rs`), read once and only when a title needs it.
    fn date(&self) -> Option<&str> {
        self.date
            .get_or_init(|| {
                let now = hover::today().get(..4).and_then(|y| y.parse().ok());
                dates::article_date_of(self.table.doc, now.unwrap_or(2100))
            })
            .as_deref()
    }

    /// The passages' countries, read once and only when a name needs them.
    fn passages(&self, linked: &[Linked]) -> &Passages<'a> {
        self.passages
            .get_or_init(|| Passages::new(self.offices, self.table, &places(self.table, linked)))
    }

    /// Does the word at `next` make the title someone else's (السابق)?
    fn someone_else(&self, next: usize) -> bool {
        self.table
            .words
            .get(next)
            .is_some_and(|w| self.offices.not_the_holder(w))
    }

    fn set(&self, l: &mut Linked, entity: u32) {
        l.id = self.rec.id(entity).unwrap_or_default().to_string();
        l.entity = Some(entity);
        l.weak = false;
        l.discovered = None;
    }

    fn mention(&self, tokens: &Range<usize>, entity: u32, clitics: usize) -> Linked {
        let doc_tokens = &self.table.doc.tokens;
        let norm =
            doc_tokens[tokens.start].norm.start + clitics..doc_tokens[tokens.end - 1].norm.end;
        Linked {
            norm,
            kind: EntityType::Person,
            id: self.rec.id(entity).unwrap_or_default().to_string(),
            entity: Some(entity),
            weak: false,
            discovered: None,
        }
    }

    fn cover(&mut self, tokens: Range<usize>, n: usize) {
        for slot in &mut self.covered[tokens] {
            *slot = Some(n as u32);
        }
    }
}
