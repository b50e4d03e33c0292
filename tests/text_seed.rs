//! The seed article (../shared/eval/seed) split into the sentences a reader sees.
//! Skipped with a notice when ../shared is absent (CI always has it).

use isnad::text::Document;

fn seed() -> Option<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/eval/seed/duma-dprk-treaty.txt"
    );
    match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(_) => {
            eprintln!("NOTICE: {path} not found; seed sentence test skipped");
            None
        }
    }
}

#[test]
fn the_seed_article_splits_into_the_sentences_a_reader_sees() {
    let Some(text) = seed() else { return };
    let doc = Document::new(&text);
    let sentences: Vec<&str> = doc
        .sentences()
        .iter()
        .map(|s| &text[s.range.clone()])
        .collect();
    if std::env::var_os("ISNAD_PRINT").is_some() {
        for (i, s) in sentences.iter().enumerate() {
            println!("{i}: {s}");
        }
    }
    let has = |s: &str| sentences.contains(&s);
    // A quotation with a full stop inside stays one sentence.
    assert!(has("و يتابع: \"هذه المعاهدة مفتوحة، وسيتم نشرها، ولا توجد نقاط سرية فيها. كل شيء مكتوب بوضوح\"."));
    // Two sentences in one paragraph.
    assert!(sentences
        .iter()
        .any(|s| s.starts_with("يضيف الدبلوماسي أن موسكو") && s.ends_with("الهادئ\".")));
    assert!(has(
        "وحذر رودينكو من أن أنشطة واشنطن قد تؤدي إلى نشر أسلحة نووية استراتيجية في المنطقة."
    ));
    // Boilerplate lines are sentences of their own.
    assert!(has("المصدر: الأسبوع"));
    assert!(has("إقرأ أيضاً:"));
    // A number with a thousands figure and a quoted clause inside.
    assert!(sentences
        .iter()
        .any(|s| s.starts_with("كما زعمت وكالة الاستخبارات") && s.ends_with("12 ألف جندي.")));
    // A quotation closing after its own full stop ends the sentence there.
    assert!(sentences
        .iter()
        .any(|s| s.starts_with("وتنص المادة الرابعة") && s.ends_with("الشعبية.\"")));
    // List items under a heading.
    assert!(
        has("• أوستن: قلقون من وجود قوات من كوريا الشمالية في روسيا")
            || has("أوستن: قلقون من وجود قوات من كوريا الشمالية في روسيا")
    );
    // Every sentence lies inside one paragraph, and paragraphs are in order.
    for s in doc.sentences() {
        let p = &doc.segmentation.paragraphs[s.paragraph];
        assert!(p.start <= s.range.start && s.range.end <= p.end);
    }
    assert!(has(
        "• كوريا الشمالية تطلق صاروخا بعيد المدى.. تهديد مباشر إلى أمريكا"
    ));
    assert_eq!(doc.segmentation.paragraphs.len(), 25, "paragraphs");
    assert_eq!(sentences.len(), 38, "sentences");
}
