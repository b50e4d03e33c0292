//! Issue 14, third pass: the kinds of tests/claims_unseen.rs written again in other
//! words (other verbs, word order, clitics, plural and feminine forms, the phrasing
//! of Gulf, Levant and Maghreb papers), so that a rule holds for the language and
//! not for one sentence. One behaviour per test; every passage is invented.

use isnad::Analyzer;

fn analyzer() -> &'static Analyzer {
    static ANALYZER: std::sync::OnceLock<Analyzer> = std::sync::OnceLock::new();
    ANALYZER.get_or_init(Analyzer::embedded)
}

fn expect(text: &str, expected: &[(&str, &str)]) {
    let claims = |d: &&isnad::Diagnostic| isnad::Code::CLAIMS.contains(&d.code);
    let mut got: Vec<(String, String)> = analyzer()
        .analyze(text)
        .diagnostics
        .iter()
        .filter(claims)
        .map(|d| {
            (
                d.code.as_str().to_string(),
                text[d.range.clone()].to_string(),
            )
        })
        .collect();
    got.sort();
    let mut want: Vec<(String, String)> = expected
        .iter()
        .map(|(c, t)| (c.to_string(), t.to_string()))
        .collect();
    want.sort();
    assert_eq!(got, want, "\ntext: {text}");
}

#[test]
fn a_continuation_after_an_impersonal_estimate_keeps_the_named_speaker() {
    // The writer's own «ويُتوقع» between two statements of the minister: the
    // estimate is unsourced, «وأضاف» still continues the minister.
    expect(
        "وقال وزير المالية خالد الربيعي إن العجز سيتراجع العام المقبل. ويُتوقع أن ترتفع الإيرادات النفطية. وأضاف أن الحكومة ستخفض الإنفاق.",
        &[("unsourced-claim", "ويُتوقع")],
    );
    expect(
        "وأوضحت وزيرة الصحة ليلى منصور أن اللقاحات وصلت. ومن المرجح أن تبدأ الحملة الأحد. وتابعت أن المراكز ستفتح مساءً.",
        &[("unsourced-claim", "ومن المرجح")],
    );
}

#[test]
fn a_continuation_after_narration_still_has_no_speaker() {
    expect(
        "وقال وزير المالية خالد الربيعي إن العجز سيتراجع. وغادر الوفد القاعة بعد ذلك. وأضاف أن الحكومة ستخفض الإنفاق.",
        &[("unsourced-claim", "وأضاف")],
    );
}

#[test]
fn forecasts_in_other_words_are_claims() {
    expect(
        "ومن المحتمل أن ترتفع أسعار الوقود في الربيع.",
        &[("unsourced-claim", "ومن المحتمل")],
    );
    expect(
        "ومن المرتقب أن يزور الوفد الرياض الأسبوع القادم.",
        &[("unsourced-claim", "ومن المرتقب")],
    );
    expect(
        "ويُنتظر أن تعلن النتائج نهاية الأسبوع.",
        &[("unsourced-claim", "ويُنتظر أن")],
    );
}

#[test]
fn a_forecast_of_what_a_named_body_will_do_is_unsourced() {
    // Who will announce is part of what is forecast, not who forecasts it.
    expect(
        "ومن المتوقع أن يعلن وزير الصحة نتائج الفحوص غداً.",
        &[("unsourced-claim", "ومن المتوقع")],
    );
    expect(
        "ويُرجّح أن تكشف الشرطة هوية المشتبه به اليوم.",
        &[("unsourced-claim", "ويُرجّح")],
    );
}
