//! What the claims spec tests share: one analyzer, and a comparison of the
//! diagnostics found (code and underlined text) with the expected ones.

use isnad::{Analyzer, Code, Diagnostic};

#[allow(dead_code)]
pub fn analyzer() -> &'static Analyzer {
    static ANALYZER: std::sync::OnceLock<Analyzer> = std::sync::OnceLock::new();
    ANALYZER.get_or_init(Analyzer::embedded)
}

/// The diagnostics of `text` that `keep` keeps, as (code, underlined text), sorted.
pub fn found(text: &str, keep: impl Fn(&Diagnostic) -> bool) -> Vec<(String, String)> {
    let mut got: Vec<(String, String)> = analyzer()
        .analyze(text)
        .diagnostics
        .iter()
        .filter(|d| keep(d))
        .map(|d| {
            (
                d.code.as_str().to_string(),
                text[d.range.clone()].to_string(),
            )
        })
        .collect();
    got.sort();
    got
}

/// The diagnostics `keep` keeps are exactly `expected` (code, underlined text),
/// in any order.
pub fn expect_where(text: &str, expected: &[(&str, &str)], keep: impl Fn(&Diagnostic) -> bool) {
    let mut want: Vec<(String, String)> = expected
        .iter()
        .map(|(c, t)| (c.to_string(), t.to_string()))
        .collect();
    want.sort();
    assert_eq!(found(text, keep), want, "\ntext: {text}");
}

/// Every diagnostic of `text` is exactly `expected`.
#[allow(dead_code)]
pub fn expect(text: &str, expected: &[(&str, &str)]) {
    expect_where(text, expected, |_| true);
}

/// The claims diagnostics of `text` are exactly `expected` (spelling ignored).
#[allow(dead_code)]
pub fn expect_claims(text: &str, expected: &[(&str, &str)]) {
    expect_where(text, expected, |d| Code::CLAIMS.contains(&d.code));
}
