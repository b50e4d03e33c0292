//! The spelling checks (issue 17), one test per behaviour, on passages written for
//! these tests. Each asserts the exact spelling diagnostics: code + the text of the
//! range (the claims codes are tests/claims*.rs's).

use isnad::config::Config;
use isnad::{Analysis, Analyzer, Code};

fn analyzer() -> &'static Analyzer {
    static ANALYZER: std::sync::OnceLock<Analyzer> = std::sync::OnceLock::new();
    ANALYZER.get_or_init(Analyzer::embedded)
}

fn spelling(a: &Analysis, text: &str) -> Vec<(String, String)> {
    a.diagnostics
        .iter()
        .filter(|d| !Code::CLAIMS.contains(&d.code))
        .map(|d| {
            (
                d.code.as_str().to_string(),
                text[d.range.clone()].to_string(),
            )
        })
        .collect()
}

#[track_caller]
fn expect_with(analyzer: &Analyzer, text: &str, expected: &[(&str, &str)]) -> Analysis {
    let a = analyzer.analyze(text);
    let want: Vec<(String, String)> = expected
        .iter()
        .map(|(c, t)| (c.to_string(), t.to_string()))
        .collect();
    assert_eq!(spelling(&a, text), want, "\ntext: {text}");
    a
}

#[track_caller]
fn expect(text: &str, expected: &[(&str, &str)]) -> Analysis {
    expect_with(analyzer(), text, expected)
}

/// The text with fix number `n` of the diagnostic at index `d` applied.
fn apply(text: &str, a: &Analysis, d: usize, n: usize) -> String {
    let fix = &a.diagnostics[d].fixes[n];
    format!(
        "{}{}{}",
        &text[..fix.range.start],
        fix.replacement,
        &text[fix.range.end..]
    )
}

fn first(a: &Analysis, code: &str) -> usize {
    a.diagnostics
        .iter()
        .position(|d| d.code.as_str() == code)
        .unwrap_or_else(|| panic!("no {code} in {:#?}", a.diagnostics))
}

const IS: &str = "inconsistent-spelling";
const FL: &str = "foreign-letter";

// --- inconsistent-spelling: the differences a reader sees ---------------------

#[test]
fn jeem_and_ghain_in_a_transliteration_flag_the_minority_spelling() {
    let text = "وصل الوفد إلى بيونغ يانغ مساء الأحد. وتستضيف بيونغ يانغ المعرض كل عام. وغادر الوفد بيونج يانج صباح الثلاثاء.";
    let a = expect(text, &[(IS, "بيونج يانج")]);
    let d = &a.diagnostics[first(&a, IS)];
    assert_eq!(d.severity, isnad::Severity::Information);
    // Related information: the other spelling's first mention.
    assert_eq!(d.related.len(), 1);
    assert_eq!(&text[d.related[0].range.clone()], "بيونغ يانغ");
    assert!(d.related[0].message.contains("بيونغ يانغ"));
    assert!(d.message.contains("بيونج يانج") && d.message.contains("بيونغ يانغ"));
}

#[test]
fn a_hamza_on_alef_or_not_is_another_spelling() {
    expect(
        "فازت إسبانيا بالمباراة الأولى. وتلعب إسبانيا غدًا مباراتها الثانية. وتأمل اسبانيا بلوغ النهائي.",
        &[(IS, "اسبانيا")],
    );
}

#[test]
fn a_final_yeh_or_alef_maqsura_is_another_spelling() {
    expect(
        "وصل الوفد إلى دبي أمس. وتقع دبي على الخليج. وعاد الوفد إلى دبى في المساء.",
        &[(IS, "دبى")],
    );
}

#[test]
fn teh_marbuta_or_heh_is_another_spelling() {
    expect(
        "وصل الوفد إلى مكة المكرمة أمس. وعاد الوفد إلى مكة المكرمة ليلًا. وزار الوفد مكه المكرمه.",
        &[(IS, "مكه المكرمه")],
    );
}

#[test]
fn a_space_inside_the_name_is_another_spelling() {
    expect(
        "وصل الوفد إلى بيونغ يانغ. وتقع بيونغ يانغ على النهر. وعاد الوفد إلى بيونغيانغ ليلًا.",
        &[(IS, "بيونغيانغ")],
    );
}

#[test]
fn short_forms_and_different_names_are_not_spellings() {
    expect(
        "استقبل الرئيس الروسي فلاديمير بوتين الوفد في الكرملين. وقال بوتين إن المحادثات مثمرة. وأضاف بوتين أن الزيارة مهمة.",
        &[],
    );
}

#[test]
fn diacritics_and_tatweel_are_not_another_spelling() {
    expect(
        "وصل الوفد إلى بيونغ يانغ مساء الأحد. وغادر الوفد بيونـغ يَانغ صباح الثلاثاء.",
        &[],
    );
}

#[test]
fn a_word_with_diacritics_is_flagged_and_its_marks_survive_the_fix() {
    let text = "وصل الوفد إلى بيونغ يانغ مساء الأحد. وتستضيف بيونغ يانغ المعرض. وغادر الوفد بيونجَ يانجُ صباحًا.";
    let a = expect(text, &[(IS, "بيونجَ يانجُ")]);
    let fixed = apply(text, &a, first(&a, IS), 0);
    assert!(fixed.contains("وغادر الوفد بيونغَ يانغُ صباحًا."), "{fixed}");
    expect(&fixed, &[]);
}

#[test]
fn clitics_stay_outside_the_range_and_the_fix() {
    let text = "وصل الوفد إلى بيونغ يانغ مساء الأحد. وتستضيف بيونغ يانغ المعرض. وعاد الوفد لبيونج يانج صباحًا.";
    let a = expect(text, &[(IS, "بيونج يانج")]);
    let fixed = apply(text, &a, first(&a, IS), 0);
    assert!(fixed.contains("وعاد الوفد لبيونغ يانغ صباحًا."), "{fixed}");
}

#[test]
fn a_name_inside_a_quotation_counts_like_any_other() {
    expect(
        "قال السفير: «العلاقات مع بيونج يانج قوية». وزار السفير بيونغ يانغ مرتين. وتقع بيونغ يانغ على نهر تايدونغ.",
        &[(IS, "بيونج يانج")],
    );
}

#[test]
fn crlf_line_ends_keep_the_ranges_exact() {
    let text = "وصل الوفد إلى بيونغ يانغ مساء الأحد.\r\n\r\nوتستضيف بيونغ يانغ المعرض.\r\n\r\nوغادر الوفد بيونج يانج صباحًا.\r\n";
    let a = expect(text, &[(IS, "بيونج يانج")]);
    let d = &a.diagnostics[first(&a, IS)];
    assert_eq!(d.range.start, text.find("بيونج").unwrap());
}

#[test]
fn a_tie_goes_to_the_spelling_written_first() {
    let text = "وصل الوفد إلى بيونج يانج مساء الأحد. وعاد السفير إلى بيونغ يانغ صباح الثلاثاء.";
    let a = expect(text, &[(IS, "بيونغ يانغ")]);
    let d = &a.diagnostics[first(&a, IS)];
    assert_eq!(d.fixes[0].replacement, "بيونج يانج");
}

#[test]
fn every_minority_mention_is_flagged_and_one_fix_rewrites_them_all() {
    let text = "وصل الوفد إلى بيونغ يانغ مساء الأحد. وتستضيف بيونغ يانغ المعرض. وتقع بيونغ يانغ على النهر. وغادر الوفد بيونج يانج صباحًا، وبعد بيونج يانج زار الوفد الصين.";
    let a = expect(text, &[(IS, "بيونج يانج"), (IS, "بيونج يانج")]);
    let d = first(&a, IS);
    assert_eq!(a.diagnostics[d].fixes.len(), 2);
    assert!(a.diagnostics[d].fixes[1].title.contains("المقال كله"));
    let fixed = apply(text, &a, d, 1);
    assert_eq!(fixed, text.replace("بيونج يانج", "بيونغ يانغ"));
    expect(&fixed, &[]);
}

#[test]
fn a_house_spelling_is_the_target_even_in_a_consistent_article() {
    let config = Config::from_toml(
        "[spelling]\n\"بيونج يانج\" = \"بيونغ يانغ\"\n",
        std::path::Path::new("/"),
    )
    .expect("config");
    let house = Analyzer::with_config(config);
    let text = "وصل الوفد إلى بيونج يانج مساء الأحد. وغادر الوفد بيونج يانج صباحًا. وتقع بيونغ يانغ على النهر.";
    let a = expect_with(&house, text, &[(IS, "بيونج يانج"), (IS, "بيونج يانج")]);
    let d = &a.diagnostics[first(&a, IS)];
    assert!(d.message.contains("المعتمدة"), "{}", d.message);
    assert_eq!(d.fixes[0].replacement, "بيونغ يانغ");
    // Without the house spelling, the majority wins.
    expect(text, &[(IS, "بيونغ يانغ")]);
}

#[test]
fn a_house_spelling_by_entity_id_flags_the_other_spellings_of_that_entity() {
    // city-1871859 is Pyongyang in the embedded base.
    let config = Config::from_toml(
        "[spelling]\ncity-1871859 = \"بيونغ يانغ\"\n",
        std::path::Path::new("/"),
    )
    .expect("config");
    let house = Analyzer::with_config(config);
    let text = "وصل الوفد إلى بيونج يانج مساء الأحد.";
    let a = expect_with(&house, text, &[(IS, "بيونج يانج")]);
    assert_eq!(a.diagnostics[first(&a, IS)].fixes.len(), 1);
}

#[test]
fn the_code_can_be_turned_off() {
    let config = Config::from_toml(
        "[severity]\ninconsistent-spelling = \"off\"\nforeign-letter = \"off\"\n",
        std::path::Path::new("/"),
    )
    .expect("config");
    let off = Analyzer::with_config(config);
    expect_with(
        &off,
        "وصل الوفد إلى بيونج يانج. وغادر بيونغ يانغ. وتقع بيونغ يانغ على النهر. کوریا",
        &[],
    );
}

// --- foreign-letter -----------------------------------------------------------

#[test]
fn persian_keheh_and_yeh_are_flagged_once_per_word() {
    let text = "التقى الوفد ممثلي کوریا الشمالیة في المؤتمر.";
    let a = expect(text, &[(FL, "کوریا"), (FL, "الشمالیة")]);
    let d = &a.diagnostics[first(&a, FL)];
    assert_eq!(d.severity, isnad::Severity::Warning);
    assert!(d.message.contains("U+06A9") && d.message.contains("U+06CC"));
    assert_eq!(d.fixes[0].replacement, "كوريا");
    let all = apply(text, &a, first(&a, FL), 1);
    assert_eq!(all, "التقى الوفد ممثلي كوريا الشمالية في المؤتمر.");
    expect(&all, &[]);
}

#[test]
fn each_look_alike_letter_has_its_arabic_letter() {
    for (word, arabic) in [
        ("سیارة", "سيارة"),
        ("مصطفی", "مصطفى"),
        ("کتاب", "كتاب"),
        ("مدرسە", "مدرسه"),
        ("مدرسۀ", "مدرسه"),
        ("ہذا", "هذا"),
        ("ھذا", "هذا"),
        ("مدینۃ", "مدينة"),
    ] {
        let text = format!("وكتب الطالب {word} على اللوح.");
        let a = expect(&text, &[(FL, word)]);
        assert_eq!(a.diagnostics[first(&a, FL)].fixes[0].replacement, arabic);
    }
}

#[test]
fn presentation_forms_are_flagged_and_decomposed() {
    // ﻗﺎﻝ in presentation forms, and the lam-alef-hamza ligature in الأحمر.
    let text = "\u{FED7}\u{FE8E}\u{FEDD} المسعف إن فرق ا\u{FEF7}حمر وصلت.";
    let a = expect(
        text,
        &[(FL, "\u{FED7}\u{FE8E}\u{FEDD}"), (FL, "ا\u{FEF7}حمر")],
    );
    let replacements: Vec<&str> = a
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::ForeignLetter)
        .map(|d| d.fixes[0].replacement.as_str())
        .collect();
    assert_eq!(replacements, ["قال", "الأحمر"]);
}

#[test]
fn letters_for_foreign_sounds_are_not_flagged() {
    expect(
        "زار الفريق باريس وچيانغ ماي وژنيف والبرتغال وڤيينا وڭلميم.",
        &[],
    );
}

#[test]
fn foreign_letters_are_flagged_on_boilerplate_lines_too() {
    expect(
        "وقال المتحدث باسم الحكومة إن المعرض يفتح غدًا.\n\nكلمات دلالية: معرض کتاب\n",
        &[(FL, "کتاب")],
    );
}

#[test]
fn marks_on_a_word_with_a_look_alike_stay_in_the_range_and_the_fix() {
    let text = "وكتب الطالب مدینةً جديدة.";
    let a = expect(text, &[(FL, "مدینةً")]);
    assert_eq!(a.diagnostics[first(&a, FL)].fixes[0].replacement, "مدينةً");
}

#[test]
fn crlf_and_foreign_letters() {
    let text = "وكتب الطالب\r\nکتابًا جديدًا.\r\n";
    let a = expect(text, &[(FL, "کتابًا")]);
    assert_eq!(
        a.diagnostics[first(&a, FL)].range.start,
        text.find('ک').unwrap()
    );
}

#[test]
fn diagnostics_come_in_text_order_among_the_claims() {
    let text = "وصل وفد کوریا أمس. وزعمت الوزارة أن القوات تقدمت.";
    let a = analyzer().analyze(text);
    let starts: Vec<usize> = a.diagnostics.iter().map(|d| d.range.start).collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted, "{:#?}", a.diagnostics);
    assert!(a.diagnostics.iter().any(|d| d.code == Code::ForeignLetter));
}
