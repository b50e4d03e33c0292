//! Entity recognition against a CoNLL-style file ("token TAG" lines, blank lines
//! between sentences), e.g. ANERcorp:
//!
//! ```text
//! cargo run --release --example eval_ner -- ../shared/eval/anercorp/train.txt
//! cargo run --release --example eval_ner -- FILE --ratchet .ci/ner-ratchet.json
//! cargo run --release --example eval_ner -- FILE --write-ratchet .ci/ner-ratchet.json
//! ```
//!
//! Prints precision, recall and F1 per type (PERS, LOC, ORG; exact span match) and
//! the micro average. A mention covers every gold token it overlaps (a token with a
//! clitic, وألمانيا, is one gold token). MISC gold spans are not scored.

use std::collections::{BTreeMap, HashSet};
use std::process::ExitCode;

use isnad::kb::EntityType;
use isnad::Analyzer;

const TYPES: [&str; 3] = ["PERS", "LOC", "ORG"];
/// Sentences analysed together: roughly one news article, so in-document linking
/// works as it would in the editor without joining the whole corpus.
const SENTENCES_PER_DOC: usize = 25;

type Span = (usize, usize, &'static str);

fn label(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "PERS",
        EntityType::Location => "LOC",
        EntityType::Organization => "ORG",
    }
}

fn gold_spans(tags: &[String], offset: usize, out: &mut HashSet<Span>) {
    let mut i = 0;
    while i < tags.len() {
        let Some(t) = tags[i]
            .strip_prefix("B-")
            .or_else(|| tags[i].strip_prefix("I-"))
        else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < tags.len() && tags[j].strip_prefix("I-") == Some(t) {
            j += 1;
        }
        if let Some(&ty) = TYPES.iter().find(|&&x| x == t) {
            out.insert((offset + i, offset + j, ty));
        }
        i = j;
    }
}

struct Scores {
    per_type: BTreeMap<&'static str, (usize, usize, usize)>,
}

fn prf(tp: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let p = if pred == 0 {
        0.0
    } else {
        tp as f64 / pred as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        tp as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

impl Scores {
    fn f1s(&self) -> BTreeMap<String, f64> {
        let mut out = BTreeMap::new();
        let (mut tp, mut pr, mut go) = (0, 0, 0);
        for (ty, &(t, p, g)) in &self.per_type {
            out.insert(ty.to_string(), prf(t, p, g).2);
            tp += t;
            pr += p;
            go += g;
        }
        out.insert("micro".to_string(), prf(tp, pr, go).2);
        out
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: eval_ner FILE [--ratchet FILE | --write-ratchet FILE] [--errors N]");
        return ExitCode::from(2);
    };
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    // Sentences of (token, tag).
    let mut sentences: Vec<Vec<(String, String)>> = vec![Vec::new()];
    for line in text.lines() {
        let mut parts = line.split_whitespace();
        match (parts.next(), parts.next()) {
            (Some(tok), Some(tag)) => sentences.last_mut().into_iter().for_each(|s| {
                s.push((tok.to_string(), tag.to_string()));
            }),
            _ => {
                if sentences.last().is_some_and(|s| !s.is_empty()) {
                    sentences.push(Vec::new());
                }
            }
        }
    }
    let start = std::time::Instant::now();
    let analyzer = Analyzer::embedded();
    eprintln!("knowledge base ready in {:?}", start.elapsed());
    let start = std::time::Instant::now();

    let mut gold = HashSet::new();
    let mut pred = HashSet::new();
    let mut all_tokens: Vec<String> = Vec::new();
    let mut offset = 0;
    let per_doc = flag("--sentences-per-doc")
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(SENTENCES_PER_DOC)
        .max(1);
    for chunk in sentences.chunks(per_doc) {
        let mut doc = String::new();
        let mut token_ranges = Vec::new();
        let mut tags = Vec::new();
        for sentence in chunk {
            for (tok, tag) in sentence {
                let s = doc.len();
                doc.push_str(tok);
                token_ranges.push(s..doc.len());
                doc.push(' ');
                tags.push(tag.clone());
                all_tokens.push(tok.clone());
            }
            doc.push('\n');
        }
        gold_spans(&tags, offset, &mut gold);
        let analysis = analyzer.analyze(&doc);
        for m in &analysis.entities {
            let first = token_ranges.partition_point(|r| r.end <= m.range.start);
            let last = token_ranges.partition_point(|r| r.start < m.range.end);
            if first < last {
                pred.insert((offset + first, offset + last, label(m.kind)));
            }
        }
        offset += tags.len();
    }
    let elapsed = start.elapsed();

    let mut scores = Scores {
        per_type: BTreeMap::new(),
    };
    println!(
        "{:<6} {:>9} {:>9} {:>9} {:>7} {:>7}",
        "type", "precision", "recall", "F1", "gold", "found"
    );
    let (mut tp_all, mut pred_all, mut gold_all) = (0, 0, 0);
    for ty in TYPES {
        let g = gold.iter().filter(|s| s.2 == ty).count();
        let p = pred.iter().filter(|s| s.2 == ty).count();
        let tp = pred
            .iter()
            .filter(|s| s.2 == ty && gold.contains(*s))
            .count();
        let (pp, rr, ff) = prf(tp, p, g);
        println!("{ty:<6} {pp:>9.3} {rr:>9.3} {ff:>9.3} {g:>7} {p:>7}");
        scores.per_type.insert(ty, (tp, p, g));
        tp_all += tp;
        pred_all += p;
        gold_all += g;
    }
    let (pp, rr, ff) = prf(tp_all, pred_all, gold_all);
    println!(
        "{:<6} {pp:>9.3} {rr:>9.3} {ff:>9.3} {gold_all:>7} {pred_all:>7}",
        "micro"
    );
    eprintln!("{} tokens analysed in {elapsed:?}", all_tokens.len());

    if let Some(n) = flag("--errors").and_then(|n| n.parse::<usize>().ok()) {
        let show = |s: &Span| {
            let before = all_tokens[s.0.saturating_sub(2)..s.0].join(" ");
            let after = all_tokens[s.1..(s.1 + 1).min(all_tokens.len())].join(" ");
            format!(
                "{} [{}] ({before} _ {after})",
                all_tokens[s.0..s.1].join(" "),
                s.2
            )
        };
        let mut fp: Vec<_> = pred.difference(&gold).collect();
        let mut fnn: Vec<_> = gold.difference(&pred).collect();
        fp.sort();
        fnn.sort();
        println!("-- false positives");
        for s in fp.iter().take(n) {
            println!("FP {}", show(s));
        }
        println!("-- misses");
        for s in fnn.iter().take(n) {
            println!("FN {}", show(s));
        }
    }

    let current = scores.f1s();
    if let Some(file) = flag("--write-ratchet") {
        let json = serde_json::to_string_pretty(&current).unwrap_or_default();
        if let Err(e) = std::fs::write(&file, json + "\n") {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
    }
    if let Some(file) = flag("--ratchet") {
        let stored: BTreeMap<String, f64> = match std::fs::read_to_string(&file)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
        {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{file}: {e}");
                return ExitCode::from(2);
            }
        };
        let mut failed = false;
        for (key, want) in &stored {
            let got = current.get(key).copied().unwrap_or(0.0);
            if got + 0.0005 < *want {
                eprintln!("ratchet: {key} F1 fell from {want:.3} to {got:.3}");
                failed = true;
            }
        }
        if failed {
            return ExitCode::FAILURE;
        }
        eprintln!("ratchet: no score below {file}");
    }
    ExitCode::SUCCESS
}
