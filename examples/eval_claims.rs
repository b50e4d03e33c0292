//! Evaluate the claim diagnostics against gold expectations.
//!
//! ```text
//! cargo run --release --example eval_claims -- ../shared/eval/claims-dev.jsonl
//! cargo run --release --example eval_claims -- ../shared/eval/seed/duma-dprk-treaty.claims.json
//! cargo run --release --example eval_claims -- FILE --ratchet .ci/claims-ratchet.json [--write-ratchet]
//! ```
//!
//! A diagnostic matches an expectation when the codes are equal and the
//! diagnostic's byte range overlaps the expected `span` (an exact substring of the
//! text). Diagnostics overlapping an `allow` span are neither right nor wrong.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use isnad::{Analyzer, Code};
use serde_json::Value;

struct Expect {
    code: String,
    span: String,
}

struct Passage {
    id: String,
    text: String,
    expect: Vec<Expect>,
    allow: Vec<Expect>,
}

fn expects(v: &Value, key: &str) -> Vec<Expect> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|e| Expect {
                    code: e
                        .get("code")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string(),
                    span: e
                        .get("span")
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string(),
                })
                .collect()
        })
        .unwrap_or_default()
}

fn load(path: &Path) -> Result<Vec<Passage>, String> {
    let content = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if path.to_string_lossy().ends_with(".json") && !path.to_string_lossy().ends_with(".jsonl") {
        let v: Value = serde_json::from_str(&content).map_err(|e| e.to_string())?;
        let file = v
            .get("file")
            .and_then(Value::as_str)
            .ok_or("no `file` field")?;
        let text_path = path.parent().unwrap_or(Path::new(".")).join(file);
        let text = std::fs::read_to_string(&text_path)
            .map_err(|e| format!("{}: {e}", text_path.display()))?;
        return Ok(vec![Passage {
            id: file.to_string(),
            text,
            expect: expects(&v, "expect"),
            allow: expects(&v, "allow"),
        }]);
    }
    let mut out = Vec::new();
    for (n, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        out.push(Passage {
            id: v
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or("?")
                .to_string(),
            text: v
                .get("text")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            expect: expects(&v, "expect"),
            allow: expects(&v, "allow"),
        });
    }
    Ok(out)
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Every byte range where `span` occurs in `text`.
fn spans(text: &str, span: &str) -> Vec<Range<usize>> {
    if span.is_empty() {
        return Vec::new();
    }
    text.match_indices(span)
        .map(|(i, s)| i..i + s.len())
        .collect()
}

#[derive(Default, Clone, Copy)]
struct Count {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Count {
    fn p(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn r(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut file = None;
    let mut ratchet: Option<PathBuf> = None;
    let mut write = false;
    let mut show: Option<String> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--ratchet" => ratchet = it.next().map(PathBuf::from),
            "--write-ratchet" => write = true,
            "--show" => show = it.next().cloned(),
            _ => file = Some(PathBuf::from(a)),
        }
    }
    if let Some(news) = args
        .iter()
        .position(|a| a == "--news")
        .and_then(|i| args.get(i + 1))
    {
        return news_report(Path::new(news));
    }
    if let Some(news) = args
        .iter()
        .position(|a| a == "--one-file")
        .and_then(|i| args.get(i + 1))
    {
        return one_file_report(Path::new(news));
    }
    let Some(file) = file else {
        eprintln!(
            "usage: eval_claims FILE.jsonl|FILE.claims.json [--ratchet R.json] [--write-ratchet]"
        );
        return ExitCode::from(2);
    };
    let passages = match load(&file) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("eval_claims: {e}");
            return ExitCode::from(2);
        }
    };
    let analyzer = Analyzer::embedded();
    let mut per: BTreeMap<String, Count> = BTreeMap::new();
    for c in Code::CLAIMS {
        per.insert(c.as_str().to_string(), Count::default());
    }
    let (mut empty, mut empty_clean) = (0usize, 0usize);
    let mut misses = Vec::new();
    let mut alarms = Vec::new();
    for p in &passages {
        let analysis = analyzer.analyze(&p.text);
        if show.as_deref() == Some(p.id.as_str()) {
            println!("{}", p.text);
            for c in &analysis.claims {
                println!(
                    "claim {:?} «{}» source={:?} finding={:?}",
                    c.signal,
                    &p.text[c.trigger.clone()],
                    c.source.as_ref().map(|s| (&s.name, s.kind, s.resolution)),
                    c.finding
                );
            }
            for d in &analysis.diagnostics {
                println!(
                    "diag {} «{}» {}",
                    d.code,
                    &p.text[d.range.clone()],
                    d.message
                );
            }
        }
        // The claims' codes only: the spelling checks have their tests
        // (tests/spelling_seed.rs holds the seed's and claims-dev's).
        let diags: Vec<(String, Range<usize>)> = analysis
            .diagnostics
            .iter()
            .filter(|d| Code::CLAIMS.contains(&d.code))
            .map(|d| (d.code.as_str().to_string(), d.range.clone()))
            .collect();
        let mut used = vec![false; diags.len()];
        for e in &p.expect {
            let ranges = spans(&p.text, &e.span);
            let hit = diags.iter().enumerate().find(|(i, (c, r))| {
                !used[*i] && *c == e.code && ranges.iter().any(|s| overlaps(s, r))
            });
            let count = per.entry(e.code.clone()).or_default();
            match hit {
                Some((i, _)) => {
                    used[i] = true;
                    count.tp += 1;
                }
                None => {
                    count.fn_ += 1;
                    misses.push(format!("{} {} «{}»", p.id, e.code, e.span));
                }
            }
        }
        for (i, (c, r)) in diags.iter().enumerate() {
            if used[i] {
                continue;
            }
            // A second diagnostic on an already matched expectation is not an error.
            let allowed =
                p.allow.iter().chain(p.expect.iter()).any(|a| {
                    a.code == *c && spans(&p.text, &a.span).iter().any(|s| overlaps(s, r))
                });
            if allowed {
                continue;
            }
            per.entry(c.clone()).or_default().fp += 1;
            alarms.push(format!(
                "{} {} «{}»",
                p.id,
                c,
                p.text.get(r.clone()).unwrap_or("")
            ));
        }
        if p.expect.is_empty() {
            empty += 1;
            if diags.is_empty() {
                empty_clean += 1;
            }
        }
    }
    let mut total = Count::default();
    println!(
        "{:<20} {:>6} {:>6} {:>6}   tp  fp  fn",
        "code", "P", "R", "F1"
    );
    let mut scores: BTreeMap<String, f64> = BTreeMap::new();
    for (code, c) in &per {
        total.tp += c.tp;
        total.fp += c.fp;
        total.fn_ += c.fn_;
        println!(
            "{:<20} {:>6.3} {:>6.3} {:>6.3} {:>4}{:>4}{:>4}",
            code,
            c.p(),
            c.r(),
            c.f1(),
            c.tp,
            c.fp,
            c.fn_
        );
        scores.insert(format!("f1.{code}"), c.f1());
    }
    println!(
        "{:<20} {:>6.3} {:>6.3} {:>6.3} {:>4}{:>4}{:>4}",
        "overall",
        total.p(),
        total.r(),
        total.f1(),
        total.tp,
        total.fp,
        total.fn_
    );
    scores.insert("f1.overall".into(), total.f1());
    let clean = if empty == 0 {
        1.0
    } else {
        empty_clean as f64 / empty as f64
    };
    println!(
        "expect-nothing passages clean: {empty_clean}/{empty} ({:.1}%)",
        clean * 100.0
    );
    scores.insert("clean".into(), clean);
    if !misses.is_empty() {
        println!("\nmisses:");
        for m in &misses {
            println!("  {m}");
        }
    }
    if !alarms.is_empty() {
        println!("\nfalse alarms:");
        for a in &alarms {
            println!("  {a}");
        }
    }

    let Some(ratchet) = ratchet else {
        return ExitCode::SUCCESS;
    };
    let key = file
        .file_name()
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or_default();
    let mut stored: BTreeMap<String, BTreeMap<String, f64>> = std::fs::read_to_string(&ratchet)
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default();
    let levels = stored.entry(key.clone()).or_default();
    let mut failed = false;
    for (name, &score) in &scores {
        let level = levels.get(name).copied().unwrap_or(0.0);
        if score + 1e-9 < level {
            eprintln!("ratchet: {key} {name} fell to {score:.3} (stored {level:.3})");
            failed = true;
        }
    }
    if write && !failed {
        for (name, &score) in &scores {
            let level = levels.entry(name.clone()).or_insert(0.0);
            if score > *level {
                *level = (score * 1000.0).floor() / 1000.0;
            }
        }
        match serde_json::to_string_pretty(&stored) {
            Ok(s) => {
                if let Err(e) = std::fs::write(&ratchet, s + "\n") {
                    eprintln!("ratchet: {}: {e}", ratchet.display());
                    return ExitCode::from(2);
                }
                println!("ratchet written to {}", ratchet.display());
            }
            Err(e) => {
                eprintln!("ratchet: {e}");
                return ExitCode::from(2);
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        println!("ratchet: {key} holds");
        ExitCode::SUCCESS
    }
}

/// The articles of a news file, separated by `### source:` lines.
fn articles(content: &str) -> Vec<String> {
    let mut articles: Vec<String> = Vec::new();
    for line in content.lines() {
        if line.starts_with("### source:") || articles.is_empty() {
            articles.push(String::new());
            if line.starts_with("### source:") {
                continue;
            }
        }
        if let Some(a) = articles.last_mut() {
            a.push_str(line);
            a.push('\n');
        }
    }
    articles
}

/// `--news FILE`: articles separated by `### source:` lines; print every
/// diagnostic with its sentence, and the rate per 1,000 words.
fn news_report(path: &Path) -> ExitCode {
    let Ok(content) = std::fs::read_to_string(path) else {
        eprintln!("eval_claims: cannot read {}", path.display());
        return ExitCode::from(2);
    };
    let analyzer = Analyzer::embedded();
    let articles = articles(&content);
    let (mut words, mut total) = (0usize, 0usize);
    let mut per: BTreeMap<&'static str, usize> = BTreeMap::new();
    for (n, text) in articles.iter().enumerate() {
        words += text.split_whitespace().count();
        let analysis = analyzer.analyze(text);
        let doc = isnad::text::Document::new(text);
        for d in &analysis.diagnostics {
            total += 1;
            *per.entry(d.code.as_str()).or_default() += 1;
            let sentence = doc
                .segmentation
                .sentence_at(d.range.start)
                .and_then(|i| doc.sentences().get(i))
                .map(|s| &text[s.range.clone()])
                .unwrap_or("");
            let sentence: String = sentence.chars().take(220).collect();
            println!(
                "[{n}] {} «{}»\n      {}",
                d.code,
                &text[d.range.clone()],
                sentence
            );
        }
    }
    println!(
        "\n{} articles, {words} words, {total} diagnostics = {:.2} per 1,000 words",
        articles.len(),
        total as f64 * 1000.0 / words.max(1) as f64
    );
    for (code, n) in per {
        println!("  {code}: {n}");
    }
    ExitCode::SUCCESS
}

/// `--one-file FILE`: the articles of a news file pasted into one text, every
/// line break single (as web text is), against each article alone. Each article's
/// own diagnostics are the reference; a one-file diagnostic matches one with the
/// same code and start in the same article.
fn one_file_report(path: &Path) -> ExitCode {
    let Ok(content) = std::fs::read_to_string(path) else {
        eprintln!("eval_claims: cannot read {}", path.display());
        return ExitCode::from(2);
    };
    let analyzer = Analyzer::embedded();
    let articles = articles(&content);
    // (article, start in the article, start in the one file) of every line kept.
    let mut lines: Vec<(usize, usize, usize)> = Vec::new();
    let mut joined = String::new();
    for (n, a) in articles.iter().enumerate() {
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
    let mut want: Vec<(usize, String, usize)> = Vec::new();
    for (n, a) in articles.iter().enumerate() {
        for d in analyzer.analyze(a).diagnostics {
            want.push((n, d.code.as_str().to_string(), d.range.start));
        }
    }
    let mut got: Vec<(usize, String, usize)> = Vec::new();
    for d in analyzer.analyze(&joined).diagnostics {
        let at = lines.partition_point(|l| l.2 <= d.range.start);
        if let Some(&(n, from, to)) = at.checked_sub(1).and_then(|i| lines.get(i)) {
            got.push((n, d.code.as_str().to_string(), from + d.range.start - to));
        }
    }
    let tp = got.iter().filter(|g| want.contains(g)).count();
    let count = Count {
        tp,
        fp: got.len() - tp,
        fn_: want.len() - want.iter().filter(|w| got.contains(w)).count(),
    };
    for (n, code, at) in want.iter().filter(|w| !got.contains(w)) {
        println!(
            "lost  [{n}] {code} at {at}: {}",
            snippet(&articles[*n], *at)
        );
    }
    for (n, code, at) in got.iter().filter(|g| !want.contains(g)) {
        println!(
            "extra [{n}] {code} at {at}: {}",
            snippet(&articles[*n], *at)
        );
    }
    println!(
        "{} articles: {} diagnostics alone, {} in one file; one file against alone P {:.3} R {:.3} F1 {:.3}",
        articles.len(),
        want.len(),
        got.len(),
        count.p(),
        count.r(),
        count.f1()
    );
    ExitCode::SUCCESS
}

fn snippet(text: &str, at: usize) -> String {
    text.get(at..)
        .unwrap_or("")
        .chars()
        .take(60)
        .collect::<String>()
        .replace('\n', " ")
}
