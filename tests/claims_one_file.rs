//! Pasted web text: the articles of `../shared/eval/news` joined into one text with
//! single line breaks keep the diagnostics each article has alone (issue 14: one
//! boilerplate line once silenced the rest of a pasted page). Reads ../shared;
//! skipped with a notice when it is absent. `eval_claims --one-file` prints the
//! differences.

use isnad::Analyzer;

const NEWS: &str = "../shared/eval/news";

/// The articles of a news file, separated by `### source:` lines.
fn articles(content: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in content.lines() {
        if line.starts_with("### source:") {
            out.push(String::new());
            continue;
        }
        if out.is_empty() {
            out.push(String::new());
        }
        if let Some(a) = out.last_mut() {
            a.push_str(line);
            a.push('\n');
        }
    }
    out
}

/// A diagnostic placed in its article: (article, code, start in the article).
type Placed = (usize, String, usize);

/// Every diagnostic, each article alone
/// and all of them joined with single line breaks and a «المزيد» line between.
fn alone_and_joined(analyzer: &Analyzer, articles: &[String]) -> (Vec<Placed>, Vec<Placed>) {
    let mut lines: Vec<(usize, usize, usize)> = Vec::new();
    let mut joined = String::new();
    for (n, a) in articles.iter().enumerate() {
        // A web page's «المزيد» link between two articles: a boilerplate heading
        // with prose under it.
        if n > 0 {
            joined.push_str("...المزيد\n");
        }
        let mut start = 0;
        for line in a.split_inclusive('\n') {
            if !line.trim().is_empty() {
                lines.push((n, start, joined.len()));
                joined.push_str(line.trim_end_matches('\n'));
                joined.push('\n');
            }
            start += line.len();
        }
    }
    // The claims' codes: one spelling per name is a rule of the whole text, which
    // the joined articles are (tests/spelling*.rs).
    let claims = |d: &isnad::Diagnostic| isnad::Code::CLAIMS.contains(&d.code);
    let mut alone = Vec::new();
    for (n, a) in articles.iter().enumerate() {
        for d in analyzer.analyze(a).diagnostics.iter().filter(|d| claims(d)) {
            alone.push((n, d.code.as_str().to_string(), d.range.start));
        }
    }
    let mut together = Vec::new();
    for d in analyzer
        .analyze(&joined)
        .diagnostics
        .iter()
        .filter(|d| claims(d))
    {
        let at = lines.partition_point(|l| l.2 <= d.range.start);
        if let Some(&(n, from, to)) = at.checked_sub(1).and_then(|i| lines.get(i)) {
            together.push((n, d.code.as_str().to_string(), from + d.range.start - to));
        }
    }
    (alone, together)
}

#[test]
fn articles_pasted_into_one_text_keep_their_diagnostics() {
    let Ok(entries) = std::fs::read_dir(NEWS) else {
        eprintln!("NOTICE: {NEWS} not found; one-file check skipped");
        return;
    };
    let analyzer = Analyzer::embedded();
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "{NEWS} holds news files");
    for path in paths {
        let content = std::fs::read_to_string(&path).expect("news files are UTF-8");
        let (alone, together) = alone_and_joined(&analyzer, &articles(&content));
        let kept = alone.iter().filter(|d| together.contains(d)).count();
        let extra = together.iter().filter(|d| !alone.contains(d)).count();
        let f1 = if alone.is_empty() && together.is_empty() {
            1.0
        } else {
            2.0 * kept as f64 / (alone.len() + kept + extra) as f64
        };
        assert!(
            f1 >= 0.95,
            "{}: one file against alone F1 {f1:.3} ({kept} of {} kept, {extra} extra)",
            path.display(),
            alone.len()
        );
    }
}
