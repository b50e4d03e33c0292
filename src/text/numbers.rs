//! Figures: digits in three scripts and number words, with their value and the noun
//! they count.
//!
//! "ثمانية آلاف جندي" = 8000 (جندي), "10 آلاف" = 10000, "12 ألف" = 12000,
//! "٣٠٠٠" = 3000, "خمسة وعشرون" = 25, "ألف وخمسمئة" = 1500, "3.5%" = 3.5 percent.
//! Plurals standing alone (آلاف، مئات، عشرات، ملايين) are indefinite: "thousands".

use std::ops::Range;

use super::{Normalized, Token, TokenKind};

#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// Byte range of the whole figure in the original text.
    pub range: Range<usize>,
    /// Index range of its tokens.
    pub tokens: Range<usize>,
    pub value: f64,
    pub percent: bool,
    /// آلاف، مئات، عشرات with no count: the value is a lower bound.
    pub indefinite: bool,
    /// At least part of it is spelled in words.
    pub in_words: bool,
    pub noun: Option<Noun>,
}

/// The noun a figure counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Noun {
    pub range: Range<usize>,
    /// Normalised, without the article or a tanween alef: "جندي", "قوات", "عضو".
    pub lemma: String,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Word {
    /// 1–10 (and 11–19 with a following عشر/عشرة).
    Unit(f64),
    Ten,
    Tens(f64),
    Hundreds(f64),
    /// ألف، مليون، مليار and their duals (value already doubled) and plurals.
    Scale {
        value: f64,
        dual: bool,
        plural: bool,
    },
    /// عشرات، مئات: tens of, hundreds of.
    Indefinite(f64),
}

/// Number words by normalised form.
fn word(w: &str) -> Option<Word> {
    use Word::*;
    Some(match w {
        "واحد" | "واحده" | "احد" | "احدي" => Unit(1.0),
        "اثنان" | "اثنين" | "اثنتان" | "اثنتين" | "اثنا" | "اثنتا" => {
            Unit(2.0)
        }
        "ثلاث" | "ثلاثه" => Unit(3.0),
        "اربع" | "اربعه" => Unit(4.0),
        "خمس" | "خمسه" => Unit(5.0),
        "ست" | "سته" => Unit(6.0),
        "سبع" | "سبعه" => Unit(7.0),
        "ثمان" | "ثماني" | "ثمانيه" => Unit(8.0),
        "تسع" | "تسعه" => Unit(9.0),
        "عشر" | "عشره" => Ten,
        "عشرون" | "عشرين" => Tens(20.0),
        "ثلاثون" | "ثلاثين" => Tens(30.0),
        "اربعون" | "اربعين" => Tens(40.0),
        "خمسون" | "خمسين" => Tens(50.0),
        "ستون" | "ستين" => Tens(60.0),
        "سبعون" | "سبعين" => Tens(70.0),
        "ثمانون" | "ثمانين" => Tens(80.0),
        "تسعون" | "تسعين" => Tens(90.0),
        "مئه" | "مائه" => Hundreds(100.0),
        "مئتان" | "مئتين" | "مائتان" | "مائتين" | "مئتا" | "مائتا" | "مئتي" | "مائتي" => {
            Hundreds(200.0)
        }
        "عشرات" => Indefinite(10.0),
        "مئات" => Indefinite(100.0),
        "الف" | "الفا" => Scale {
            value: 1e3,
            dual: false,
            plural: false,
        },
        "الفان" | "الفين" | "الفي" => Scale {
            value: 2e3,
            dual: true,
            plural: false,
        },
        "الاف" | "الوف" => Scale {
            value: 1e3,
            dual: false,
            plural: true,
        },
        "مليون" | "مليونا" => Scale {
            value: 1e6,
            dual: false,
            plural: false,
        },
        "مليونان" | "مليونين" | "مليوني" => Scale {
            value: 2e6,
            dual: true,
            plural: false,
        },
        "ملايين" => Scale {
            value: 1e6,
            dual: false,
            plural: true,
        },
        "مليار" | "مليارا" | "بليون" => Scale {
            value: 1e9,
            dual: false,
            plural: false,
        },
        "ملياران" | "مليارين" | "ملياري" => Scale {
            value: 2e9,
            dual: true,
            plural: false,
        },
        "مليارات" => Scale {
            value: 1e9,
            dual: false,
            plural: true,
        },
        _ => return compound_hundreds(w),
    })
}

/// ثلاثمئة، خمسمائة … تسعمائة written as one word.
fn compound_hundreds(w: &str) -> Option<Word> {
    let unit = w.strip_suffix("مئه").or_else(|| w.strip_suffix("مائه"))?;
    let n = match unit {
        "ثلاث" => 3.0,
        "اربع" => 4.0,
        "خمس" => 5.0,
        "ست" => 6.0,
        "سبع" => 7.0,
        "ثمان" | "ثماني" => 8.0,
        "تسع" => 9.0,
        _ => return None,
    };
    Some(Word::Hundreds(n * 100.0))
}

/// A number word, possibly after the conjunction و.
fn word_with_conjunction(w: &str) -> Option<(Word, bool)> {
    if let Some(found) = word(w) {
        return Some((found, false));
    }
    let rest = w.strip_prefix('و')?;
    word(rest).map(|found| (found, true))
}

fn parse_digits(s: &str) -> Option<f64> {
    // "12,000" and "12.000.000"-style thousands groups, "3.5" decimals.
    let groups_of_three = |sep: char| {
        let parts: Vec<&str> = s.split(sep).collect();
        parts.len() > 1 && parts[1..].iter().all(|p| p.len() == 3) && !parts[0].is_empty()
    };
    let cleaned: String = if s.contains(',') && s.contains('.') {
        s.replace(',', "")
    } else if s.contains(',') {
        if groups_of_three(',') {
            s.replace(',', "")
        } else {
            s.replace(',', ".")
        }
    } else if s.matches('.').count() > 1 && groups_of_three('.') {
        s.replace('.', "")
    } else {
        s.to_string()
    };
    cleaned.parse().ok()
}

const NOT_NOUNS: &[&str] = &[
    "في", "من", "الي", "علي", "عن", "مع", "او", "و", "ثم", "ان", "الذي", "التي", "قد", "كما",
    "منذ", "حتي", "بين", "خلال", "بعد", "قبل", "عند", "لدي", "هذا", "هذه", "ذلك", "تلك",
];

/// All figures in a text.
pub fn find(text: &str, normalized: &Normalized, tokens: &[Token]) -> Vec<Number> {
    let mut numbers = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match parse_at(text, normalized, tokens, i) {
            Some(number) => {
                i = number.tokens.end.max(i + 1);
                numbers.push(number);
            }
            None => i += 1,
        }
    }
    numbers
}

fn parse_at(text: &str, normalized: &Normalized, tokens: &[Token], start: usize) -> Option<Number> {
    let norm = |i: usize| tokens[i].norm(normalized);
    let mut total = 0.0;
    let mut group: Option<f64> = None;
    let mut indefinite = false;
    let mut in_words = false;
    let mut last_scale = f64::INFINITY;
    let mut end = start;
    let mut j = start;
    while j < tokens.len() {
        let token = &tokens[j];
        match token.kind {
            TokenKind::Number if j == start => {
                group = Some(parse_digits(norm(j))?);
            }
            TokenKind::Arabic => {
                let w = norm(j);
                // A lone و between number words: "خمسة و عشرون".
                let (found, conjunction) = if w == "و" && j > start && j + 1 < tokens.len() {
                    match word(norm(j + 1)) {
                        Some(next) => {
                            j += 1;
                            (next, true)
                        }
                        None => break,
                    }
                } else {
                    match word_with_conjunction(w) {
                        Some(found) => found,
                        None => break,
                    }
                };
                if conjunction && j == start {
                    // "وثلاثة" opening a figure is fine; it just starts it.
                } else if j > start
                    && !conjunction
                    && !matches!(found, Word::Scale { .. } | Word::Ten | Word::Hundreds(_))
                {
                    // Two number words side by side without و: a new figure.
                    break;
                }
                in_words = true;
                match found {
                    Word::Unit(v) => {
                        if group.is_some() && !conjunction {
                            break;
                        }
                        group = Some(group.unwrap_or(0.0) + v);
                    }
                    Word::Ten => match group {
                        // أحد عشر، ثلاثة عشر
                        Some(g) if g < 10.0 && !conjunction => group = Some(g + 10.0),
                        Some(_) if !conjunction => break,
                        _ => group = Some(group.unwrap_or(0.0) + 10.0),
                    },
                    Word::Tens(v) => group = Some(group.unwrap_or(0.0) + v),
                    Word::Hundreds(v) => {
                        group = Some(match group {
                            Some(g) if !conjunction && g < 10.0 && v == 100.0 => g * 100.0,
                            Some(g) if conjunction => g + v,
                            Some(_) => break,
                            None => v,
                        })
                    }
                    Word::Indefinite(v) => {
                        if group.is_some() {
                            break;
                        }
                        group = Some(v);
                        indefinite = true;
                    }
                    Word::Scale {
                        value,
                        dual,
                        plural,
                    } => {
                        let unit = if dual { value / 2.0 } else { value };
                        if unit >= last_scale {
                            break;
                        }
                        match group.take() {
                            Some(g) if !dual => total += g * unit,
                            Some(_) => break,
                            None if conjunction && j > start => {
                                total += value;
                            }
                            None => {
                                total += value;
                                indefinite |= plural;
                            }
                        }
                        last_scale = unit;
                    }
                }
            }
            _ => break,
        }
        end = j + 1;
        j += 1;
    }
    if end == start {
        return None;
    }
    let value = total + group.unwrap_or(0.0);
    // Percentages: "%", "بالمئة", "في المئة".
    let mut percent = false;
    if end < tokens.len() && matches!(norm(end), "%" | "بالمئه" | "بالمائه") {
        percent = true;
        end += 1;
    } else if end + 1 < tokens.len()
        && norm(end) == "في"
        && matches!(norm(end + 1), "المئه" | "المائه")
    {
        percent = true;
        end += 2;
    }
    let noun = if percent {
        None
    } else {
        counted_noun(text, normalized, tokens, end)
    };
    let range = tokens[start].range.start..tokens[end - 1].range.end;
    Some(Number {
        range,
        tokens: start..end,
        value,
        percent,
        indefinite,
        in_words,
        noun,
    })
}

fn counted_noun(
    text: &str,
    normalized: &Normalized,
    tokens: &[Token],
    mut at: usize,
) -> Option<Noun> {
    if at < tokens.len() && tokens[at].norm(normalized) == "من" {
        at += 1;
    }
    let token = tokens.get(at)?;
    if token.kind != TokenKind::Arabic {
        return None;
    }
    let w = token.norm(normalized);
    if NOT_NOUNS.contains(&w) || word_with_conjunction(w).is_some() {
        return None;
    }
    let original = &text[token.range.clone()];
    // Strip the article only where the text has one: أ of ألوية folds to ا too.
    let mut lemma = if original.starts_with("ال") {
        w.strip_prefix("ال")
            .filter(|s| s.chars().count() >= 2)
            .unwrap_or(w)
    } else {
        w
    };
    // The accusative of a counted noun (خمسة عشر قتيلاً، 15 عضوا) ends in a tanween
    // alef, often written without its mark.
    if original.contains('\u{064B}') || lemma.chars().count() >= 4 {
        if let Some(stem) = lemma.strip_suffix('ا').filter(|s| !s.ends_with('ا')) {
            lemma = stem;
        }
    }
    Some(Noun {
        range: token.range.clone(),
        lemma: lemma.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    fn figures(text: &str) -> Vec<(String, f64, Option<String>)> {
        let n = Normalized::new(text);
        let tokens = tokenize(&n);
        find(text, &n, &tokens)
            .into_iter()
            .map(|f| (text[f.range].to_string(), f.value, f.noun.map(|n| n.lemma)))
            .collect()
    }

    #[track_caller]
    fn one(text: &str, value: f64, noun: Option<&str>) {
        let found = figures(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1, value, "{text}: {found:?}");
        assert_eq!(found[0].2.as_deref(), noun, "{text}: {found:?}");
    }

    #[test]
    fn digits_in_three_scripts_with_separators() {
        one("وصل 3000 جندي", 3000.0, Some("جندي"));
        one("وصل ٣٠٠٠ جندي", 3000.0, Some("جندي"));
        one("وصل ۳۰۰۰ جندي", 3000.0, Some("جندي"));
        one("بلغ 12,000 دولار", 12000.0, Some("دولار"));
        one("بلغ ١٢٬٠٠٠ دولار", 12000.0, Some("دولار"));
        one("نما ٣٫٥ نقطة", 3.5, Some("نقطه"));
        one("نما 3.5 نقطة", 3.5, Some("نقطه"));
    }

    #[test]
    fn number_words_with_gender_and_tanween() {
        one("ثمانية آلاف جندي", 8000.0, Some("جندي"));
        one("ثلاثة آلاف جندي", 3000.0, Some("جندي"));
        one("عشرة آلاف جندي", 10000.0, Some("جندي"));
        one("أربعة ألوية", 4.0, Some("الويه"));
        one("خمس سنوات", 5.0, Some("سنوات"));
        one("خمسة وعشرون قتيلاً", 25.0, Some("قتيل"));
        one("خمسة و عشرون قتيلا", 25.0, Some("قتيل"));
        one("ثلاثة عشر قتيلاً", 13.0, Some("قتيل"));
        one("أحد عشر لاعباً", 11.0, Some("لاعب"));
        one("عشرون شخصاً", 20.0, Some("شخص"));
        one("تسعين يوماً", 90.0, Some("يوم"));
    }

    #[test]
    fn hundreds_thousands_millions_billions() {
        one("مئة شخص", 100.0, Some("شخص"));
        one("مائة شخص", 100.0, Some("شخص"));
        one("مئتان شخص", 200.0, Some("شخص"));
        one("مئتين شخص", 200.0, Some("شخص"));
        one("ثلاثمئة شخص", 300.0, Some("شخص"));
        one("خمسمائة شخص", 500.0, Some("شخص"));
        one("ألف شخص", 1000.0, Some("شخص"));
        one("ألفان شخص", 2000.0, Some("شخص"));
        one("ألفين شخص", 2000.0, Some("شخص"));
        one("ألف وخمسمئة شخص", 1500.0, Some("شخص"));
        one("مليون دولار", 1e6, Some("دولار"));
        one("مليونين دولار", 2e6, Some("دولار"));
        one("نحو مليوني نسمة", 2e6, Some("نسمه"));
        one("ألفي منزل", 2000.0, Some("منزل"));
        one("مئتي جندي", 200.0, Some("جندي"));
        one("ثلاثة ملايين دولار", 3e6, Some("دولار"));
        one("مليار دولار", 1e9, Some("دولار"));
        one("خمسة مليارات دولار", 5e9, Some("دولار"));
    }

    #[test]
    fn mixed_digits_and_words() {
        one("10 آلاف جندي", 10000.0, Some("جندي"));
        one("٨ آلاف جندي", 8000.0, Some("جندي"));
        one("12 ألف جندي", 12000.0, Some("جندي"));
        one("2.5 مليون دولار", 2.5e6, Some("دولار"));
    }

    #[test]
    fn indefinite_plurals_are_lower_bounds() {
        let n = Normalized::new("أرسلت آلاف القوات");
        let tokens = tokenize(&n);
        let found = find("أرسلت آلاف القوات", &n, &tokens);
        assert_eq!(found.len(), 1);
        assert!(found[0].indefinite);
        assert_eq!(found[0].value, 1000.0);
        assert_eq!(found[0].noun.as_ref().unwrap().lemma, "قوات");
        let text = "عشرات القتلى";
        let n = Normalized::new(text);
        let found = find(text, &n, &tokenize(&n));
        assert!(found[0].indefinite);
    }

    #[test]
    fn percentages() {
        for text in [
            "ارتفع 3.5%",
            "ارتفع ٣٫٥٪",
            "ارتفع 3.5 بالمئة",
            "ارتفع 3.5 في المئة",
            "ارتفع ثلاثة بالمائة",
        ] {
            let n = Normalized::new(text);
            let found = find(text, &n, &tokenize(&n));
            assert_eq!(found.len(), 1, "{text}");
            assert!(found[0].percent, "{text}");
        }
    }

    #[test]
    fn counted_noun_after_min_and_none_before_a_preposition() {
        one("آلاف من الجنود", 1000.0, Some("جنود"));
        one("بلغت 15 في المنطقة", 15.0, None);
        one("المكون من 15 عضواً", 15.0, Some("عضو"));
    }

    #[test]
    fn two_figures_stay_apart() {
        let found = figures("ثلاثة آلاف جندي و 3000 جندي");
        assert_eq!(found.len(), 2, "{found:?}");
    }
}
