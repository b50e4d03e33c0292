//! The spelling checks on the seed article and on claims-dev (../shared/eval): the
//! seed gets exactly the spellings the issue names, claims-dev none. The expected
//! result lives here, beside the claims' gold in ../shared (read-only). Skipped
//! with a notice when ../shared is absent (CI always has it).

use isnad::{Analyzer, Code};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval");

fn read(path: &str) -> Option<String> {
    let path = format!("{SHARED}/{path}");
    let text = std::fs::read_to_string(&path).ok();
    if text.is_none() {
        eprintln!("NOTICE: {path} not found; skipped");
    }
    text
}

fn spelling(analyzer: &Analyzer, text: &str) -> Vec<(String, String)> {
    analyzer
        .analyze(text)
        .diagnostics
        .iter()
        .filter(|d| !Code::CLAIMS.contains(&d.code))
        .map(|d| (d.code.to_string(), text[d.range.clone()].to_string()))
        .collect()
}

#[test]
fn the_seed_has_the_minority_spellings_and_the_persian_letters() {
    let Some(text) = read("seed/duma-dprk-treaty.txt") else {
        return;
    };
    let got = spelling(&Analyzer::embedded(), &text);
    let want = [
        // «کوریا الشمالیة» in the tags line, Persian ک and ی: one per word.
        ("foreign-letter", "کوریا"),
        ("foreign-letter", "الشمالیة"),
        // Twice كيم جونج أون (both in the tags line), once كيم جونغ أون.
        ("inconsistent-spelling", "كيم جونغ أون"),
        // Twice بيونج يانج (لبيونج يانج, بيونج يانج), once بيونغ يانغ.
        ("inconsistent-spelling", "بيونغ يانغ"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(c, t)| (c.to_string(), t.to_string()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn claims_dev_gets_no_spelling_diagnostic() {
    let Some(content) = read("claims-dev.jsonl") else {
        return;
    };
    let analyzer = Analyzer::embedded();
    let mut found = Vec::new();
    for line in content.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let text = v["text"].as_str().unwrap_or("");
        for d in spelling(&analyzer, text) {
            found.push((v["id"].to_string(), d));
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}
