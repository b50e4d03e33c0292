//! Print each token's tag from the embedded model, before linking:
//! `cargo run --release --example tag_debug -- FILE` (or `-` for stdin);
//! `-- FILE --first-pass` prints the first pass alone, without the second look
//! at the document (`src/entities/consistency.rs`).
//! `-- FILE --model M.bin` tags with another model file (a candidate retrain).

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
    // `--model FILE`: another model than the embedded one (a candidate retrain).
    let args: Vec<String> = std::env::args().collect();
    let other = args
        .iter()
        .position(|a| a == "--model")
        .and_then(|i| args.get(i + 1))
        .map(|path| {
            std::fs::read(path)
                .map_err(|e| e.to_string())
                .and_then(|b| isnad::entities::Model::from_bytes(&b).map_err(|e| e.to_string()))
                .unwrap_or_else(|e| {
                    eprintln!("--model {path}: {e}");
                    std::process::exit(2);
                })
        });
    let model = match &other {
        Some(m) => m,
        None => match isnad::entities::embedded_model() {
            Ok(m) => m,
            Err(_) => {
                eprintln!("the embedded model does not read");
                std::process::exit(2);
            }
        },
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
