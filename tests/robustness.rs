//! Hostile input: the analysis never panics and every range it returns lies on
//! character boundaries inside the text.

use isnad::Analyzer;
use proptest::prelude::*;
use std::sync::OnceLock;

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(Analyzer::embedded)
}

#[track_caller]
fn check(text: &str) {
    let analysis = analyzer().analyze(text);
    let ok = |r: &std::ops::Range<usize>| {
        r.start <= r.end
            && r.end <= text.len()
            && text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end)
    };
    for d in &analysis.diagnostics {
        assert!(ok(&d.range), "diagnostic {d:?}");
        for r in &d.related {
            assert!(ok(&r.range), "related {r:?}");
        }
        for f in &d.fixes {
            assert!(ok(&f.range), "fix {f:?}");
        }
    }
    for m in &analysis.entities {
        assert!(ok(&m.range), "entity {m:?}");
    }
    for c in &analysis.claims {
        assert!(ok(&c.trigger) && ok(&c.sentence), "claim {c:?}");
    }
    for f in &analysis.figures {
        assert!(ok(&f.range), "figure {f:?}");
    }
    // Hover anywhere must not panic either.
    for offset in (0..=text.len()).step_by(text.len() / 50 + 1) {
        let _ = analysis.hover(analyzer(), text, offset);
    }
}

const ARTICLE: &str = "وقال المتحدث باسم الكرملين دميتري بيسكوف إن «المعاهدة مفتوحة». وزعمت مصادر مطلعة أن نحو ١٠ آلاف جندي وصلوا. ويُعتقد أن 3.5% فقط عادوا؛ وأضاف: \"لا\".";

#[test]
fn empty_and_whitespace_texts() {
    for text in ["", " ", "\n", "\r\n\r\n", "\r", "\t\t"] {
        check(text);
    }
}

#[test]
fn only_diacritics_only_tatweel_only_controls() {
    check(&"\u{064E}\u{0651}\u{0670}".repeat(1000));
    check(&"ـ".repeat(5000));
    check(&"\u{200F}\u{202B}\u{2067}\u{200C}\u{FEFF}".repeat(500));
    check("\0\0قال\0 «\0» \0");
}

#[test]
fn every_bidi_control_inside_an_article() {
    let controls = [
        '\u{200E}', '\u{200F}', '\u{061C}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}',
        '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
    ];
    let mut text = String::new();
    for (i, c) in ARTICLE.chars().enumerate() {
        text.push(c);
        text.push(controls[i % controls.len()]);
    }
    check(&text);
}

#[test]
fn unbalanced_quotes_and_terminators() {
    check("«««« قال: »»» “ „ ‹ \" \" ” ؟؟؟ ... … ؛؛");
    check(&"«".repeat(10_000));
    check(&"قال: \"".repeat(2000));
}

#[test]
fn a_long_single_line_and_many_tiny_lines() {
    let line = ARTICLE.replace(['\n', '\r'], " ").repeat(2_000); // ~400 KB on one line
    check(&line);
    check(&"قال\n".repeat(100_000));
    check(&"\r\n".repeat(50_000));
}

#[test]
fn mixed_scripts_and_emoji() {
    check("😀قال Biden 😀 إن Путин 习近平 ١٢٬٠٠٠ ۱۲ 12,000.5 ﻻ ﷲ ﷺ");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_text_is_analysed_without_panic(text in "\\PC{0,200}") {
        check(&text);
    }

    #[test]
    fn any_arabic_like_text_is_analysed_without_panic(
        text in "[\u{0600}-\u{06FF}\u{FB50}-\u{FDFF}\u{FE70}-\u{FEFF}«»\"“”.،؛؟!:0-9 \n\r\u{200C}-\u{200F}]{0,300}"
    ) {
        check(&text);
    }

    #[test]
    fn mutated_articles_are_analysed_without_panic(cut in 0usize..200, insert in "\\PC{0,8}", times in 1usize..4) {
        let mut text = ARTICLE.repeat(times);
        let at = isnad::positions::floor_char_boundary(&text, cut * 3);
        text.insert_str(at, &insert);
        check(&text);
    }
}
