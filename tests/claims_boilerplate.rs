//! Boilerplate headings (claims.md, "What is never analysed"): the list under a
//! heading is skipped, the prose after it never is. Every heading of the embedded
//! lexicon is tried, on passages written for these tests.

mod claims_support;

/// Every diagnostic of `text`, as (code, underlined text), sorted.
fn diags(text: &str) -> Vec<(String, String)> {
    claims_support::found(text, |_| true)
}

/// The boilerplate headings of the embedded lexicon, as written there.
fn headings() -> Vec<String> {
    let lexicon: toml::Value = toml::from_str(include_str!("../data/lexicon/claims.toml"))
        .expect("the embedded lexicon parses");
    let list = lexicon["boilerplate"]["headings"]
        .as_array()
        .expect("boilerplate.headings is a list");
    let out: Vec<String> = list
        .iter()
        .filter_map(|h| h.as_str().map(str::to_string))
        .collect();
    assert!(out.len() >= 3, "the lexicon lists headings");
    out
}

/// Paragraphs with known diagnostics: a vague source, a vague speaker, an
/// impersonal claim and an unsourced estimate.
const PROSE: &str = "وأفادت مصادر مطلعة بأن الوزارة ستعلن خطتها الجديدة للمدارس قريباً.\n\
وقال مسؤولون إن الخطة ستشمل المدارس الريفية أولاً.\n\
ويُعتقد أن التكلفة ستكون مرتفعة.\n\
وتضرر قرابة 300 منزل جراء العاصفة.";

/// A paragraph before the heading, with no diagnostic of its own.
const BEFORE: &str = "افتتحت البلدية مكتبة عامة جديدة في وسط المدينة.";

fn prose_diagnostics() -> Vec<(String, String)> {
    let alone = diags(PROSE);
    let codes: Vec<&str> = alone.iter().map(|(c, _)| c.as_str()).collect();
    assert!(codes.contains(&"vague-source"), "{alone:?}");
    assert!(codes.contains(&"unsourced-claim"), "{alone:?}");
    assert!(diags(BEFORE).is_empty());
    alone
}

fn assert_prose_kept(text: &str, want: &[(String, String)]) {
    assert_eq!(diags(text), want, "\ntext: {text}");
}

#[test]
fn prose_on_the_next_line_after_a_heading_keeps_every_diagnostic() {
    let want = prose_diagnostics();
    for h in headings() {
        for heading in [h.clone(), format!("...{h}"), format!("{h}:")] {
            assert_prose_kept(&format!("{BEFORE}\n{heading}\n{PROSE}"), &want);
        }
    }
}

#[test]
fn prose_after_a_blank_line_after_a_heading_keeps_every_diagnostic() {
    let want = prose_diagnostics();
    for h in headings() {
        assert_prose_kept(&format!("{BEFORE}\n{h}\n\n{PROSE}"), &want);
        assert_prose_kept(&format!("{BEFORE}\n\n{h}\n\n{PROSE}"), &want);
    }
}

#[test]
fn a_new_title_under_a_heading_ends_the_list() {
    let want = prose_diagnostics();
    let title = "الوزارة تستعد لعام دراسي جديد";
    for h in headings() {
        assert_prose_kept(&format!("{BEFORE}\n{h}\n{title}\n{PROSE}"), &want);
    }
}

#[test]
fn a_prose_paragraph_that_opens_with_a_noun_ends_the_list() {
    // No reporting verb first, but a full stop: a paragraph, not a link.
    let text = "المزيد\nالعاصمة – تضرر قرابة 300 منزل جراء العاصفة.";
    assert_eq!(
        diags(text),
        [("unsourced-claim".to_string(), "قرابة 300 منزل".to_string())]
    );
    // More than fifteen words, no full stop: a paragraph too.
    let text = "تابعنا\nالعاصمة – تضرر قرابة 300 منزل جراء العاصفة التي ضربت المدينة ليلة أمس وأغرقت الشوارع والأسواق القديمة والحدائق";
    assert_eq!(
        diags(text),
        [("unsourced-claim".to_string(), "قرابة 300 منزل".to_string())]
    );
}

#[test]
fn the_list_under_a_heading_is_still_ignored() {
    // Short link titles and bulleted lines, each a claim if it were prose.
    let lists = [
        "مصادر: الحكومة تدرس رفع الأسعار\nيُعتقد أن الموسم سيكون صعباً\nشائعات عن تغيير المدرب",
        "• مصادر: الحكومة تدرس رفع الأسعار\n• يُعتقد أن الموسم سيكون صعباً\n• وأفادت مصادر بأن المدرب سيرحل",
    ];
    for h in headings() {
        for list in lists {
            let text = format!("{BEFORE}\n{h}\n{list}");
            assert!(
                diags(&text).is_empty(),
                "\ntext: {text}\n{:?}",
                diags(&text)
            );
            // The prose after the list's blank line is analysed again.
            let text = format!("{BEFORE}\n{h}\n\n{list}\n\n{PROSE}");
            assert_eq!(diags(&text), prose_diagnostics(), "\ntext: {text}");
        }
    }
}
