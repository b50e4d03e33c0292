//! `inconsistent-spelling`: one knowledge-base entity written in two or more ways
//! that a reader sees (ج/غ, final ي/ى, a hamza on alef or not, ة/ه, a space inside
//! the name, أمريكا/أميركا), not in diacritics, tatweel or invisible characters.
//!
//! Mentions are grouped by entity id and *spelling key* (the normalised name with
//! those differences folded), so a short form (بوتين beside فلاديمير بوتين) is
//! another name, not another spelling. In a group, the spelling each mention shows
//! is compared; the target is the house spelling when `isnad.toml` names one, else
//! the group's most frequent spelling (a tie goes to the one written first).
//! Every mention written otherwise is flagged.

use std::collections::BTreeMap;
use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use super::{is_invisible, is_mark, letters, Budget};
use crate::analysis::{Code, Diagnostic, Fix, Related};
use crate::entities::EntityMention;

/// The spelling key of a name: its visible spelling with hamza alefs written ا,
/// ى written ي, ة written ه, غ written ج, أميركا written أمريكا and no spaces.
pub fn spelling_key(name: &str) -> String {
    key_of_visible(&visible(name))
}

fn key_of_visible(seen: &str) -> String {
    let mut key: String = seen
        .chars()
        .filter_map(|c| match c {
            ' ' => None,
            'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
            'ى' => Some('ي'),
            'ة' => Some('ه'),
            'غ' => Some('ج'),
            c => Some(c),
        })
        .collect();
    if key.contains("اميرك") {
        key = key.replace("اميرك", "امريك");
    }
    key
}

/// One letter of a written name with the marks and invisible characters after it.
struct Unit {
    /// Byte range in the written name.
    range: Range<usize>,
    /// What a reader sees: the letter in Arabic letters (a presentation form may be
    /// two), a space for a run of spaces, nothing for marks before any letter.
    seen: String,
}

fn units(name: &str) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    for (i, c) in name.char_indices() {
        let end = i + c.len_utf8();
        let attaches = is_mark(c) || is_invisible(c);
        let space_run = c.is_whitespace() && out.last().is_some_and(|u| u.seen == " ");
        if let (true, Some(last)) = (attaches || space_run, out.last_mut()) {
            last.range.end = end;
            continue;
        }
        let mut seen = String::new();
        if c.is_whitespace() {
            seen.push(' ');
        } else if !attaches {
            letters::push_arabic(c, ends_word(name, end), &mut seen);
        }
        out.push(Unit {
            range: i..end,
            seen,
        });
    }
    out
}

/// The spelling a reader sees: marks, tatweel and invisible characters dropped,
/// look-alike letters and presentation forms in Arabic letters (those are
/// `foreign-letter`'s business), spaces collapsed. One pass, no allocation per
/// letter: it runs on every mention.
pub fn visible(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for (i, c) in name.char_indices() {
        if is_mark(c) || is_invisible(c) {
            continue;
        }
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else if letters::is_foreign(c) {
            letters::push_arabic(c, ends_word(name, i + c.len_utf8()), &mut out);
        } else {
            out.push(c);
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Is the letter ending at `end` the last of its word (marks after it aside)?
fn ends_word(name: &str, end: usize) -> bool {
    name[end..]
        .chars()
        .find(|&n| !is_mark(n))
        .is_none_or(|n| !letters::is_word_char(n))
}

/// `written` rewritten to the spelling `target`, changing only the letters that
/// differ: the unchanged letters keep their marks, and a letter replaced by one
/// letter keeps its marks too (بيونجَ → بيونغَ).
pub fn rewrite(written: &str, target: &str) -> String {
    let units = units(written);
    let letters: Vec<(char, &Unit)> = units
        .iter()
        .filter_map(|u| {
            let mut chars = u.seen.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Some(Ok((c, u))),
                (None, _) => None,
                (Some(_), Some(_)) => Some(Err(())),
            }
        })
        .collect::<Result<_, _>>()
        .unwrap_or_default();
    let wanted: Vec<char> = target.chars().collect();
    if letters.is_empty() {
        return target.to_string();
    }
    let same =
        |a: &[(char, &Unit)], b: &[char]| a.iter().zip(b).take_while(|((x, _), y)| x == *y).count();
    let prefix = same(&letters, &wanted);
    let room = (letters.len() - prefix).min(wanted.len() - prefix);
    let suffix = letters
        .iter()
        .rev()
        .zip(wanted.iter().rev())
        .take(room)
        .take_while(|((x, _), y)| x == *y)
        .count();
    let changed = &letters[prefix..letters.len() - suffix];
    let into = &wanted[prefix..wanted.len() - suffix];
    let head_end = match prefix {
        0 => letters[0].1.range.start,
        p => letters[p - 1].1.range.end,
    };
    let tail_start = match suffix {
        0 => written.len(),
        s => letters[letters.len() - s].1.range.start,
    };
    let mut out = written[..head_end].to_string();
    if changed.len() == into.len() {
        for ((_, unit), &c) in changed.iter().zip(into) {
            out.push(c);
            let base = written[unit.range.clone()]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
            out.push_str(&written[unit.range.start + base..unit.range.end]);
        }
    } else {
        out.extend(into);
    }
    out.push_str(&written[tail_start.max(head_end)..]);
    out
}

/// House spellings from `isnad.toml`'s `[spelling]` table: an entity id or a name
/// (as written in articles) to the spelling the newsroom uses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HouseSpellings {
    entries: Vec<House>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct House {
    /// The table's key: an entity id, or a name.
    key: String,
    /// The key's spelling key when it is a name (it has Arabic letters).
    name_key: Option<String>,
    /// The house spelling as a reader sees it, and its spelling key.
    spelling: String,
    spelling_key: String,
}

impl HouseSpellings {
    /// Read the `[spelling]` table. A name must map to a spelling of itself
    /// (بيونج يانج → بيونغ يانغ, not → كوريا), and no spelling may be empty.
    pub fn from_table(table: &BTreeMap<String, String>) -> Result<HouseSpellings, String> {
        let mut entries = Vec::new();
        for (key, spelling) in table {
            let seen = visible(spelling);
            let spelling_key = spelling_key(&seen);
            if spelling_key.is_empty() {
                return Err(format!("[spelling] `{key}`: the spelling is empty"));
            }
            let name_key = key
                .chars()
                .any(crate::text::tokens::is_arabic_letter)
                .then(|| self::spelling_key(key));
            if name_key.as_ref().is_some_and(|k| *k != spelling_key) {
                return Err(format!(
                    "[spelling] `{key}` = `{spelling}`: not another spelling of the same name"
                ));
            }
            entries.push(House {
                key: key.clone(),
                name_key,
                spelling: seen,
                spelling_key,
            });
        }
        Ok(HouseSpellings { entries })
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The house spelling for the mentions of entity `id` with spelling key `key`:
    /// an entry for the id whose spelling has that key, else an entry for a name
    /// with that key.
    fn for_group(&self, id: &str, key: &str) -> Option<&str> {
        let by_id = self
            .entries
            .iter()
            .find(|h| h.name_key.is_none() && h.key == id && h.spelling_key == key);
        by_id
            .or_else(|| {
                self.entries
                    .iter()
                    .find(|h| h.name_key.as_deref() == Some(key))
            })
            .map(|h| h.spelling.as_str())
    }
}

/// One mention: where it is and the spelling it shows.
struct Written {
    range: Range<usize>,
    seen: String,
}

/// The mentions of one entity under one spelling key, in text order.
struct Group<'a> {
    id: &'a str,
    key: String,
    mentions: Vec<Written>,
}

pub fn check(
    text: &str,
    entities: &[EntityMention],
    house: &HouseSpellings,
    budget: &mut Budget,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for group in groups(text, entities) {
        let Some(target) = target(&group, house) else {
            continue;
        };
        flag_group(text, &group, &target, budget, &mut out);
    }
    out
}

/// Mentions linked to the knowledge base (not `doc:` ids), once per range, grouped.
fn groups<'a>(text: &str, entities: &'a [EntityMention]) -> Vec<Group<'a>> {
    let mut index: FxHashMap<(&str, String), usize> = FxHashMap::default();
    let mut groups: Vec<Group> = Vec::new();
    let mut seen_ranges: FxHashSet<(usize, usize)> = FxHashSet::default();
    for m in entities {
        let Some(id) = m.id.as_deref().filter(|id| !id.starts_with("doc:")) else {
            continue;
        };
        let Some(name) = text.get(m.range.clone()) else {
            continue;
        };
        if !seen_ranges.insert((m.range.start, m.range.end)) {
            continue;
        }
        let seen = visible(name);
        let key = key_of_visible(&seen);
        let at = *index.entry((id, key.clone())).or_insert_with(|| {
            groups.push(Group {
                id,
                key,
                mentions: Vec::new(),
            });
            groups.len() - 1
        });
        groups[at].mentions.push(Written {
            range: m.range.clone(),
            seen,
        });
    }
    for g in &mut groups {
        g.mentions.sort_by_key(|w| w.range.start);
    }
    groups
}

/// The spelling a group should have, and whether it is the house's; `None` when
/// nothing in the group is to be flagged.
struct Target {
    spelling: String,
    house: bool,
}

fn target(group: &Group, house: &HouseSpellings) -> Option<Target> {
    if let Some(spelling) = house.for_group(group.id, &group.key) {
        return Some(Target {
            spelling: spelling.to_string(),
            house: true,
        });
    }
    let counts = spelling_counts(group);
    if counts.len() < 2 {
        return None;
    }
    // The most frequent spelling; among equals, the first written (counts are in
    // order of first appearance, and max_by_key keeps the last maximum).
    let (spelling, _) = counts.iter().rev().max_by_key(|(_, n)| *n)?;
    Some(Target {
        spelling: spelling.to_string(),
        house: false,
    })
}

/// Each spelling of a group with its count, in order of first appearance.
fn spelling_counts<'g>(group: &'g Group) -> Vec<(&'g str, usize)> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for w in &group.mentions {
        match counts.iter_mut().find(|(s, _)| *s == w.seen) {
            Some((_, n)) => *n += 1,
            None => counts.push((&w.seen, 1)),
        }
    }
    counts
}

fn flag_group(
    text: &str,
    group: &Group,
    target: &Target,
    budget: &mut Budget,
    out: &mut Vec<Diagnostic>,
) {
    let flagged: Vec<Range<usize>> = group
        .mentions
        .iter()
        .filter(|w| w.seen != target.spelling)
        .map(|w| w.range.clone())
        .collect();
    let all = budget.all_in_document(text, &flagged, |w| rewrite(w, &target.spelling));
    let counts = spelling_counts(group);
    for w in group.mentions.iter().filter(|w| w.seen != target.spelling) {
        out.push(diagnostic(text, group, w, target, &counts, all.clone()));
    }
}

fn diagnostic(
    text: &str,
    group: &Group,
    w: &Written,
    target: &Target,
    counts: &[(&str, usize)],
    all: Option<(Range<usize>, String)>,
) -> Diagnostic {
    let written = &text[w.range.clone()];
    let spelling = &target.spelling;
    let (message, whose) = if target.house {
        (
            format!(
                "الكتابة المعتمدة «{spelling}» لا «{written}» — not the house spelling of this name"
            ),
            "the house spelling",
        )
    } else {
        (
            format!("اسم واحد بأكثر من كتابة: «{written}» هنا و«{spelling}» في غيره من المقال — one name spelled more than one way in the article"),
            "the article's spelling",
        )
    };
    let related = counts
        .iter()
        .filter(|(s, _)| *s != w.seen)
        .filter_map(|(s, n)| {
            let first = group.mentions.iter().find(|m| m.seen == *s)?;
            Some(Related {
                range: first.range.clone(),
                message: format!("كتابة أخرى: «{s}» — another spelling, {n} in the article"),
            })
        })
        .collect();
    let one = Fix {
        title: format!("اكتب «{spelling}» هنا — use {whose} here"),
        range: w.range.clone(),
        replacement: rewrite(written, spelling),
    };
    Diagnostic {
        code: Code::InconsistentSpelling,
        severity: Code::InconsistentSpelling.default_severity(),
        range: w.range.clone(),
        message,
        related,
        fixes: super::fixes(one, all, || {
            format!("اكتب «{spelling}» في المقال كله — use {whose} everywhere in the article")
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_what_transliteration_varies() {
        for (a, b) in [
            ("بيونج يانج", "بيونغ يانغ"),
            ("بيونغيانغ", "بيونغ يانغ"),
            ("أوستن", "اوستن"),
            ("أمريكا", "أميركا"),
            ("موسى", "موسي"),
            ("حماة", "حماه"),
            ("كـيـم", "كيم"),
            ("کوریا", "كوريا"),
        ] {
            assert_eq!(spelling_key(a), spelling_key(b), "{a} / {b}");
        }
        assert_ne!(spelling_key("بوتين"), spelling_key("فلاديمير بوتين"));
    }

    #[test]
    fn the_visible_spelling_ignores_marks_tatweel_and_controls_only() {
        assert_eq!(visible("بيُونْجَ  يـانج\u{200F}"), "بيونج يانج");
        assert_eq!(visible("کوریا"), "كوريا");
        assert_ne!(visible("بيونج يانج"), visible("بيونغ يانغ"));
        assert_ne!(visible("أوستن"), visible("اوستن"));
        assert_ne!(visible("حماة"), visible("حماه"));
    }

    #[test]
    fn rewriting_changes_only_the_letters_that_differ() {
        assert_eq!(rewrite("بيونج يانج", "بيونغ يانغ"), "بيونغ يانغ");
        assert_eq!(rewrite("بيونجَ يانجُ", "بيونغ يانغ"), "بيونغَ يانغُ");
        assert_eq!(rewrite("كيمْ جونغ أون", "كيم جونج أون"), "كيمْ جونج أون");
        assert_eq!(rewrite("بيونغيانغ", "بيونغ يانغ"), "بيونغ يانغ");
        assert_eq!(rewrite("اوستنِ", "أوستن"), "أوستنِ");
        assert_eq!(rewrite("الأميركيةُ", "الأمريكية"), "الأمريكيةُ");
    }

    #[test]
    fn a_house_name_must_map_to_a_spelling_of_itself() {
        let table = |k: &str, v: &str| BTreeMap::from([(k.to_string(), v.to_string())]);
        assert!(HouseSpellings::from_table(&table("بيونج يانج", "بيونغ يانغ")).is_ok());
        assert!(HouseSpellings::from_table(&table("city-1871859", "بيونغ يانغ")).is_ok());
        assert!(HouseSpellings::from_table(&table("بيونج يانج", "كوريا")).is_err());
        assert!(HouseSpellings::from_table(&table("x", "ـ")).is_err());
    }
}
