//! Print each token's tag from the embedded model, before linking:
//! `cargo run --release --example tag_debug -- FILE` (or `-` for stdin);
//! `-- FILE --first-pass` prints the first pass alone, without the second look
//! at the document (`src/entities/consistency.rs`).

use std::io::Read;

use isnad::text::Document;
use isnad::Analyzer;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "-".into());
    let mut text = String::new();
    let read = if path == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read_to_string(&path).map(|t| text = t)
    };
    if let Err(e) = read {
        eprintln!("{path}: {e}");
        std::process::exit(2);
    }
    let analyzer = Analyzer::embedded();
    let Ok(model) = isnad::entities::embedded_model() else {
        eprintln!("the embedded model does not read");
        std::process::exit(2);
    };
    let first_pass = model.with_consistency(isnad::entities::Layer::zero());
    let model = if std::env::args().any(|a| a == "--first-pass") {
        &first_pass
    } else {
        model
    };
    analyzer.recognizer.ready();
    let doc = Document::new(&text);
    for (word, tag, mark) in analyzer.recognizer.raw_tags(model, &doc) {
        println!("{word}\t{tag:?}\t{mark}");
    }
}
