//! Hover content for figures and flagged claims: one fact per line, Latin words
//! on lines of their own so that right-to-left text reads cleanly.

use crate::analysis::Analysis;

use super::{Figure, Source};

fn fmt_value(v: f64, percent: bool) -> String {
    let mut s = if v.fract() == 0.0 && v.abs() < 1e15 {
        let digits = format!("{}", v as i64);
        // Group thousands with commas: 12,000.
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 && c != '-' {
                out.push(',');
            }
            out.push(c);
        }
        out
    } else {
        format!("{v}")
    };
    if percent {
        s.push('%');
    }
    s
}

fn source_line(source: Option<&Source>) -> String {
    match source {
        Some(s) => {
            let (ar, _) = s.resolution.describe();
            let vague = if s.is_vague() {
                " (مصدر مجهَّل)"
            } else {
                ""
            };
            format!("المصدر: {}{} — {}", s.name, vague, ar)
        }
        None => "المصدر: لا مصدر".to_string(),
    }
}

fn figure_line(text: &str, f: &Figure) -> String {
    let written = text.get(f.range.clone()).unwrap_or("");
    let estimate = if f.estimate.is_some() {
        " (تقديري)"
    } else {
        ""
    };
    format!(
        "- **{}**{} = {} — {}",
        written.trim(),
        estimate,
        fmt_value(f.value, f.percent),
        source_line(f.source.as_ref())
    )
}

/// Markdown for `analysis.figures[index]`: its value and the other figures for the
/// same noun with their sources.
pub fn figure_markdown(analysis: &Analysis, text: &str, index: usize) -> String {
    let Some(figure) = analysis.figures.get(index) else {
        return String::new();
    };
    let written = text.get(figure.range.clone()).unwrap_or("").trim();
    let mut lines = vec![format!(
        "**{}** = {}",
        written,
        fmt_value(figure.value, figure.percent)
    )];
    if let Some(noun) = &figure.noun {
        lines.push(format!("المعدود: {noun}"));
    }
    if let Some(m) = &figure.estimate {
        lines.push(format!(
            "تقدير: «{}»",
            text.get(m.clone()).unwrap_or("").trim()
        ));
    }
    lines.push(source_line(figure.source.as_ref()));
    if let Some(noun) = &figure.noun {
        let others: Vec<String> = analysis
            .figures
            .iter()
            .enumerate()
            .filter(|(i, f)| *i != index && f.noun.as_deref() == Some(noun.as_str()))
            .map(|(_, f)| figure_line(text, f))
            .collect();
        if !others.is_empty() {
            lines.push(String::new());
            lines.push("أرقام أخرى للمعدود نفسه في النص".to_string());
            lines.extend(others);
        }
    }
    lines.push(String::new());
    lines.push("Figure value and other figures for the same noun".to_string());
    lines.join("\n\n")
}

/// Markdown for `analysis.claims[index]`: why it fired, who the source is.
pub fn claim_markdown(analysis: &Analysis, text: &str, index: usize) -> String {
    let Some(claim) = analysis.claims.get(index) else {
        return String::new();
    };
    let (signal_ar, signal_en) = claim.signal.describe();
    let trigger = text.get(claim.trigger.clone()).unwrap_or("").trim();
    let mut lines = vec![format!("**ادعاء** — {signal_ar}: «{trigger}»")];
    match &claim.source {
        Some(s) => {
            lines.push(source_line(Some(s)));
            if let Some(id) = &s.entity {
                lines.push(format!("`{id}`"));
            }
            if let Some(via) = &s.via {
                if via != &s.range {
                    lines.push(format!(
                        "عبر: «{}»",
                        text.get(via.clone()).unwrap_or("").trim()
                    ));
                }
            }
            let (_, en) = s.resolution.describe();
            lines.push(format!("Claim ({signal_en}); source {en}"));
        }
        None => {
            lines.push("المصدر: لا مصدر".to_string());
            if let Some((ar, en)) = &claim.reason {
                lines.push(format!("السبب: {ar}"));
                lines.push(format!("Claim ({signal_en}) with no source: {en}"));
            } else {
                lines.push(format!("Claim ({signal_en}) with no source"));
            }
        }
    }
    if let Some(code) = claim.finding {
        lines.push(format!("`{}`", code.as_str()));
    }
    lines.join("\n\n")
}
