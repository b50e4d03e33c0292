//! Hover content for an entity mention: Markdown that reads well right to left.
//! One fact per paragraph; Latin text (English names and descriptions) on lines of
//! its own so that bidirectional reordering never mixes it into the Arabic.

use std::fmt::Write;

use crate::analysis::{Analysis, Analyzer};
use crate::kb::{Entity, EntityType, KnowledgeBase, Role};

/// The statements a hover lists; the rest are counted.
const MAX_STATEMENTS: usize = 12;

/// Markdown for the entity mentioned at `analysis.entities[index]`.
pub fn entity_markdown(
    analysis: &Analysis,
    analyzer: &Analyzer,
    text: &str,
    index: usize,
) -> String {
    let date = article_date(text);
    let mut out = entity_markdown_at(
        analysis,
        &analyzer.kb,
        text,
        index,
        date.as_deref().unwrap_or(&today()),
    );
    if date.is_none() {
        undated_note(&mut out, analysis, &analyzer.kb, index);
    }
    out
}

/// With no date in the text, a title was linked to its holder at the base's
/// cut-off: the hover ends by saying so.
fn undated_note(out: &mut String, analysis: &Analysis, kb: &KnowledgeBase, index: usize) {
    let entity = analysis
        .entities
        .get(index)
        .and_then(|m| kb.get(m.id.as_deref()?));
    let (Some(e), Some(cutoff)) = (entity, kb.cutoff()) else {
        return;
    };
    if e.roles.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "\n\nلا يذكر النص تاريخًا: الصفة كما في قاعدة المعرفة حتى {cutoff}\n\n\
         The text gives no date: roles as of the knowledge base's cut-off, {cutoff}"
    );
}

/// The same, with the article's date given (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): the
/// role valid then is shown first.
pub fn entity_markdown_at(
    analysis: &Analysis,
    kb: &KnowledgeBase,
    text: &str,
    index: usize,
    date: &str,
) -> String {
    let Some(mention) = analysis.entities.get(index) else {
        return String::new();
    };
    let surface = text.get(mention.range.clone()).unwrap_or("");
    let mut out = String::new();
    let entity = mention.id.as_deref().and_then(|id| kb.get(id));
    match (entity, &mention.discovered) {
        (Some(e), _) => describe_entity(&mut out, e, date, kb.cutoff()),
        (None, Some(d)) => {
            let _ = writeln!(out, "**{}**\n", d.name);
            let _ = writeln!(out, "{}\n", type_line(mention.kind, None));
            if let Some(role) = &d.role {
                let _ = writeln!(out, "الصفة في هذا النص: {role}\n");
            }
            if let Some(org) = d.org.as_deref().and_then(|id| kb.get(id)) {
                let _ = writeln!(out, "الجهة: {}\n", org.ar);
            }
            out.push_str("غير موجود في قاعدة المعرفة\n\nNot in the knowledge base\n\n");
        }
        (None, None) => {
            let _ = writeln!(out, "**{surface}**\n");
            let _ = writeln!(out, "{}\n", type_line(mention.kind, None));
        }
    }
    if let Some(id) = &mention.id {
        // This entity's mentions by start, so that a claim's source is checked by
        // a binary search: a book-length text has thousands of claims and mentions.
        let mut spans: Vec<&std::ops::Range<usize>> = analysis
            .entities
            .iter()
            .filter(|m| m.id.as_deref() == Some(id))
            .map(|m| &m.range)
            .collect();
        spans.sort_by_key(|r| (r.start, r.end));
        let _ = writeln!(out, "{}\n", mentions_line(spans.len()));
        // Attributed to it: the claim's source is this entity, or names it (the
        // source "المتحدث باسم الكرملين دميتري بيسكوف" speaks for Peskov too).
        let named_in = |r: &std::ops::Range<usize>| {
            let first = spans.partition_point(|m| m.start < r.start);
            spans[first..]
                .iter()
                .take_while(|m| m.start < r.end)
                .any(|m| m.end <= r.end)
        };
        let statements: Vec<&str> = analysis
            .claims
            .iter()
            .filter(|c| {
                c.source
                    .as_ref()
                    .is_some_and(|s| s.entity.as_deref() == Some(id) || named_in(&s.range))
            })
            .filter_map(|c| text.get(c.sentence.clone()))
            .map(str::trim)
            .collect();
        if !statements.is_empty() {
            out.push_str("**ما ينسبه إليه هذا النص**\n\n");
            for s in statements.iter().take(MAX_STATEMENTS) {
                let _ = writeln!(out, "- {}", shorten(s, 200));
            }
            if statements.len() > MAX_STATEMENTS {
                let more = statements.len() - MAX_STATEMENTS;
                let _ = writeln!(out, "- وأقوال أخرى عددها {more}");
            }
            out.push('\n');
        }
    }
    out.trim_end().to_string()
}

fn describe_entity(out: &mut String, e: &Entity, date: &str, cutoff: Option<&str>) {
    let _ = writeln!(out, "**{}**\n", e.ar);
    if let Some(en) = &e.en {
        let _ = writeln!(out, "{en}\n");
    }
    let _ = writeln!(out, "{}\n", type_line(e.kind, e.subtype.as_deref()));
    if let Some(d) = &e.description_ar {
        let _ = writeln!(out, "{d}\n");
    }
    if let Some(d) = &e.description_en {
        let _ = writeln!(out, "{d}\n");
    }
    let current: Vec<&Role> = e.roles.iter().filter(|r| valid_at(r, date)).collect();
    for role in &current {
        let _ = writeln!(
            out,
            "الصفة في تاريخ النص: {}{}\n",
            role.title_ar,
            dates(role)
        );
        if let Some(en) = &role.title_en {
            let _ = writeln!(out, "{en}\n");
        }
        // A role with no end is current only as far as the base knows.
        if let (None, Some(cutoff)) = (&role.to, cutoff) {
            let _ = writeln!(
                out,
                "معلومات قاعدة المعرفة حتى {cutoff} — as of the knowledge base's cut-off, {cutoff}\n"
            );
        }
    }
    let others: Vec<&Role> = e.roles.iter().filter(|r| !valid_at(r, date)).collect();
    if !others.is_empty() {
        out.push_str("**أدوار أخرى**\n\n");
        for role in others {
            let _ = writeln!(out, "- {}{}", role.title_ar, dates(role));
        }
        out.push('\n');
    }
    let names: Vec<&str> = e
        .aliases
        .iter()
        .chain(&e.ambiguous_aliases)
        .map(String::as_str)
        .collect();
    if !names.is_empty() {
        let _ = writeln!(out, "أسماء وتهجئات أخرى: {}\n", names.join("، "));
    }
}

fn type_line(kind: EntityType, subtype: Option<&str>) -> String {
    let ar = match kind {
        EntityType::Person => "شخص",
        EntityType::Organization => "منظمة",
        EntityType::Location => "مكان",
    };
    match subtype {
        Some(sub) => match subtype_ar(sub) {
            Some(sub_ar) => format!("النوع: {ar}، {sub_ar}\n\n{} · {sub}", kind.as_str()),
            None => format!("النوع: {ar}\n\n{} · {sub}", kind.as_str()),
        },
        None => format!("النوع: {ar}\n\n{}", kind.as_str()),
    }
}

fn subtype_ar(sub: &str) -> Option<&'static str> {
    Some(match sub {
        "country" => "دولة",
        "territory" => "إقليم",
        "region" | "historical region" => "منطقة",
        "city" => "مدينة",
        "province" => "محافظة أو ولاية",
        "governorate" => "محافظة",
        "district" => "قضاء أو منطقة إدارية",
        "state" | "federal member state" => "ولاية",
        "emirate" => "إمارة",
        "municipality" => "بلدية",
        "autonomous island" => "جزيرة ذات حكم ذاتي",
        "self-declared state" => "كيان أعلن استقلاله",
        "government body" | "government" | "presidential administration" => "هيئة حكومية",
        "government agency" => "جهاز حكومي",
        "cabinet" => "مجلس وزراء",
        "council" | "military council" => "مجلس",
        "ministry" => "وزارة",
        "agency" | "intelligence agency" => "وكالة",
        "law enforcement agency" => "جهاز أمني",
        "armed force" => "قوة مسلحة",
        "armed group" | "private military company" => "جماعة مسلحة",
        "military alliance" => "حلف عسكري",
        "party" | "political organization" => "حزب",
        "movement" => "حركة",
        "coalition" => "تحالف",
        "parliament" => "برلمان",
        "court" => "محكمة",
        "central bank" => "بنك مركزي",
        "bank" => "مصرف",
        "stock exchange" => "سوق مالية",
        "sovereign wealth fund" => "صندوق سيادي",
        "international organization" => "منظمة دولية",
        "regional organization" => "منظمة إقليمية",
        "NGO" | "non-governmental organization" => "منظمة غير حكومية",
        "think tank" => "مركز أبحاث",
        "religious body" => "هيئة دينية",
        "trade union" => "نقابة",
        "university" => "جامعة",
        "football club" => "نادي كرة قدم",
        "sports federation" => "اتحاد رياضي",
        "news outlet" | "news agency" | "news website" | "media group" => "وسيلة إعلام",
        "newspaper" => "صحيفة",
        "magazine" => "مجلة",
        "broadcaster" | "tv channel" | "television channel" => "قناة",
        "company" => "شركة",
        "project" => "مشروع",
        "politician" => "سياسي",
        "head of state" => "رئيس دولة",
        "head of government" => "رئيس حكومة",
        "diplomat" => "دبلوماسي",
        "minister" => "وزير",
        "monarch" => "ملك",
        "royal" => "من الأسرة الحاكمة",
        "military officer" => "عسكري",
        "intelligence official" => "مسؤول استخبارات",
        "spokesperson" => "متحدث رسمي",
        "international official" => "مسؤول دولي",
        "militia leader" | "militant leader" => "قائد جماعة مسلحة",
        "religious leader" => "شخصية دينية",
        "businessperson" => "شخصية اقتصادية",
        "footballer" => "لاعب كرة قدم",
        "football coach" => "مدرب كرة قدم",
        "athlete" | "tennis player" | "boxer" => "رياضي",
        "writer" => "كاتب",
        "journalist" => "صحفي",
        "singer" => "مطرب",
        "actor" => "ممثل",
        "activist" => "ناشط",
        "scientist" => "عالم",
        _ => return None,
    })
}

fn mentions_line(count: usize) -> String {
    let ar = match count {
        1 => "مرة واحدة".to_string(),
        2 => "مرتان".to_string(),
        3..=10 => format!("{count} مرات"),
        _ => format!("{count} مرة"),
    };
    format!("ورد في هذا النص: {ar}")
}

fn dates(role: &Role) -> String {
    match (&role.from, &role.to) {
        (Some(f), Some(t)) => format!(" ({f} – {t})"),
        (Some(f), None) => format!(" (منذ {f})"),
        (None, Some(t)) => format!(" (حتى {t})"),
        (None, None) => String::new(),
    }
}

use super::dates::valid_at;

fn shorten(s: &str, max_chars: usize) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max_chars {
        return one_line;
    }
    let cut: String = one_line.chars().take(max_chars).collect();
    format!("{cut}…")
}

/// The article's date for choosing roles, by the rule of `entities::dates`: the
/// first full date in its first lines, else the latest plausible year in it.
pub fn article_date(text: &str) -> Option<String> {
    let now: u32 = today()
        .get(..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or(2100);
    super::dates::article_date(text, &crate::text::normalize(text), now)
}

/// Today's date (UTC) as `YYYY-MM-DD`.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A hover names the kind of every entry of the embedded base in Arabic: a
    /// subtype new data brings must come with its label.
    #[test]
    fn every_subtype_of_the_embedded_base_has_an_arabic_label() {
        let kb = crate::kb::KnowledgeBase::embedded();
        let mut missing: Vec<&str> = kb
            .entities
            .iter()
            .filter_map(|e| e.subtype.as_deref())
            .filter(|s| subtype_ar(s).is_none())
            .collect();
        missing.sort_unstable();
        missing.dedup();
        assert!(missing.is_empty(), "no Arabic label for {missing:?}");
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_723), (2024, 1, 1));
    }

    #[test]
    fn roles_compare_on_common_precision() {
        let role = Role {
            title_ar: "وزير".into(),
            title_en: None,
            org: None,
            from: Some("2021-01-22".into()),
            to: Some("2025-01-20".into()),
        };
        assert!(valid_at(&role, "2024"));
        assert!(valid_at(&role, "2021"));
        assert!(!valid_at(&role, "2026-03-01"));
    }

    #[test]
    fn the_latest_year_in_the_text_dates_it() {
        assert_eq!(article_date("في عام ٢٠١٩ ثم 2024").as_deref(), Some("2024"));
        assert_eq!(article_date("بلغ 12000 جندي"), None);
    }
}
