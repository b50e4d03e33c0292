//! The article's date, for choosing who held a role: the first full date in the
//! article's first lines (its dateline: «الرياض - 12 مارس 2012»), else the latest
//! plausible year written anywhere in it, else none (the base's cut-off then
//! decides). A full date is a day, a month (name or number) and a year:
//! `12 مارس 2012`, `12 آذار 2012`, `2012-03-12`, `12/3/2012`.

use crate::kb::Role;
use crate::text::tokens::TokenKind;
use crate::text::{normalize, Document};

/// How many non-empty lines the dateline may be in.
const DATELINE_LINES: usize = 3;

/// Gregorian month names, normalised (ى -> ي, hamza folded, ة -> ه), with the
/// Levantine and Iraqi names; two-word names are matched on their two words.
const MONTHS: [(&str, u32); 26] = [
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يوليو", 7),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("اذار", 3),
    ("نيسان", 4),
    ("ايار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("اب", 8),
    ("ايلول", 9),
    ("تشرين الاول", 10),
    ("تشرين الثاني", 11),
    ("كانون الاول", 12),
    ("يونية", 6),
    ("يولية", 7),
];

/// The article's date (`YYYY-MM-DD` or `YYYY`) from its text and its normalised
/// form (which has no line breaks), by the rule of the module comment. Years after
/// `now_year` are plans, not dates.
pub fn article_date(text: &str, norm: &str, now_year: u32) -> Option<String> {
    dateline_date(text, now_year).or_else(|| latest_year(norm, now_year).map(|y| y.to_string()))
}

/// The same for an analysed document: its years are its four-digit number tokens,
/// so the text is not scanned again.
pub fn article_date_of(doc: &Document, now_year: u32) -> Option<String> {
    let norm = doc.normalized.as_str();
    let years = doc
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Number)
        .filter_map(|t| year_of(norm.get(t.norm.clone())?, now_year));
    dateline_date(doc.text, now_year).or_else(|| years.max().map(|y| y.to_string()))
}

/// The first full date in the first lines.
fn dateline_date(text: &str, now_year: u32) -> Option<String> {
    let head: Vec<String> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(DATELINE_LINES)
        .map(normalize)
        .collect();
    let words: Vec<&str> = head
        .iter()
        .flat_map(|l| l.split(|c: char| !(c.is_alphanumeric() || c == '/' || c == '-')))
        .flat_map(|w| w.split('-').filter(|p| !p.is_empty()).chain(dashed(w)))
        .filter(|w| !w.is_empty())
        .collect();
    (0..words.len()).find_map(|i| date_at(&words, i, now_year))
}

/// An ISO date kept whole (`2012-03-12`) besides its parts.
fn dashed(word: &str) -> Option<&str> {
    (word.matches('-').count() == 2).then_some(word)
}

/// A full date starting at word `i`: `D MONTH YYYY` or a numeric date.
fn date_at(words: &[&str], i: usize, now_year: u32) -> Option<String> {
    if let Some(date) = numeric_date(words[i], now_year) {
        return Some(date);
    }
    let day: u32 = words[i].parse().ok().filter(|d| (1..=31).contains(d))?;
    let (month, used) = month_at(words, i + 1)?;
    let year = year_of(words.get(i + 1 + used)?, now_year)?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// The month named at word `i` (one or two words), and how many words it took.
fn month_at(words: &[&str], i: usize) -> Option<(u32, usize)> {
    let one = *words.get(i)?;
    if let Some(two) = words.get(i + 1) {
        let pair = format!("{one} {two}");
        if let Some(&(_, m)) = MONTHS.iter().find(|(name, _)| *name == pair) {
            return Some((m, 2));
        }
    }
    MONTHS
        .iter()
        .find(|(name, _)| *name == one && !name.contains(' '))
        .map(|&(_, m)| (m, 1))
}

/// `2012-03-12`, `12/3/2012`, `12-3-2012`.
fn numeric_date(word: &str, now_year: u32) -> Option<String> {
    let sep = if word.contains('/') { '/' } else { '-' };
    let parts: Vec<&str> = word.split(sep).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let (year, month, day) = if a.len() == 4 { (a, b, c) } else { (c, b, a) };
    let year = year_of(year, now_year)?;
    let month: u32 = month.parse().ok().filter(|m| (1..=12).contains(m))?;
    let day: u32 = day.parse().ok().filter(|d| (1..=31).contains(d))?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

fn year_of(word: &str, now_year: u32) -> Option<u32> {
    let digits = word.trim_end_matches('م');
    (digits.len() == 4)
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|y| (1900..=now_year).contains(y))
}

/// The latest year from 1900 to `now_year` written in the text (digits already
/// folded to ASCII by normalisation).
pub fn latest_year(norm: &str, now_year: u32) -> Option<u32> {
    let bytes = norm.as_bytes();
    let mut best = None;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i - start == 4 {
            let year = norm[start..i].parse::<u32>().ok();
            if let Some(y) = year.filter(|y| (1900..=now_year).contains(y)) {
                best = best.max(Some(y));
            }
        }
    }
    best
}

/// Is the role held at `date`? Dates compare on their common precision, so a role
/// from 2012-05 is held in 2012 and a role to 2012 is held on 2012-12-31.
pub fn valid_at(role: &Role, date: &str) -> bool {
    held_at(role.from.as_deref(), role.to.as_deref(), date)
}

/// The same on bare dates.
pub fn held_at(from: Option<&str>, to: Option<&str>, date: &str) -> bool {
    let cmp = |a: &str, b: &str| {
        let n = a.len().min(b.len());
        a.get(..n).cmp(&b.get(..n))
    };
    let started = from.is_none_or(|f| cmp(f, date).is_le());
    let not_ended = to.is_none_or(|t| cmp(t, date).is_ge());
    started && not_ended
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<String> {
        article_date(text, &normalize(text), 2026)
    }

    #[test]
    fn a_dateline_date_with_a_month_name() {
        assert_eq!(
            date("الكويت - 12 مارس 2012\nقال مسؤول في 2020").as_deref(),
            Some("2012-03-12")
        );
        assert_eq!(
            date("بيروت، 3 تشرين الثاني 2019:").as_deref(),
            Some("2019-11-03")
        );
        assert_eq!(date("الأحد ٥ أيار ٢٠١٥").as_deref(), Some("2015-05-05"));
    }

    #[test]
    fn a_numeric_dateline_date() {
        assert_eq!(date("2014-07-09 الرياض").as_deref(), Some("2014-07-09"));
        assert_eq!(date("الرياض 9/7/2014").as_deref(), Some("2014-07-09"));
    }

    #[test]
    fn without_a_dateline_the_latest_year_written() {
        assert_eq!(date("منذ 2006 وحتى عام 2012 م").as_deref(), Some("2012"));
        assert_eq!(date("رؤية 2030 للتنمية"), None);
        assert_eq!(date("بلغ 12000 جندي"), None);
    }

    #[test]
    fn a_full_date_below_the_first_lines_is_no_dateline() {
        let text = "سطر\nسطر\nسطر\nفي 1 يناير 2001 ثم في 2011";
        assert_eq!(date(text).as_deref(), Some("2011"));
    }

    #[test]
    fn a_document_is_dated_by_the_same_rule() {
        for text in [
            "الكويت - 12 مارس 2012\nقال",
            "منذ 2006 وحتى عام ٢٠١٢ م",
            "بلغ 12000 جندي",
        ] {
            let doc = Document::new(text);
            assert_eq!(article_date_of(&doc, 2026), date(text), "{text}");
        }
    }

    #[test]
    fn roles_compare_on_common_precision() {
        assert!(held_at(Some("2006-01"), Some("2020-09"), "2012"));
        assert!(held_at(Some("2012-05"), None, "2012"));
        assert!(!held_at(Some("2020-09"), None, "2012-03-12"));
        assert!(!held_at(None, Some("2011"), "2012"));
    }
}
