//! The tagger's second look at a document (`src/entities/consistency.rs`): a
//! word the article wrote as the last word of a person's name is read as that
//! person when it stands alone later, and an ordinary word spreads nothing.

use isnad::entities::{embedded_model, Layer};
use isnad::kb::EntityType;
use isnad::text::Document;
use isnad::Analyzer;

const COACH: &str = "وصل المدرب البرتغالي جوزيه فيريرينا إلى المدينة مساء أمس. \
ويبدأ فيريرينا عمله مع الفريق الأسبوع المقبل.";

/// The person mentions' texts, with the first pass alone or with the second look.
fn people(text: &str, second_look: bool) -> Vec<(usize, String)> {
    let analyzer = Analyzer::embedded();
    let model = embedded_model().expect("the embedded model");
    let first_pass = model.with_consistency(Layer::zero());
    let model = if second_look { model } else { &first_pass };
    let doc = Document::new(text);
    analyzer
        .recognizer
        .recognize_with(model, &doc)
        .into_iter()
        .filter(|m| m.kind == EntityType::Person)
        .map(|m| (m.range.start, text[m.range].to_string()))
        .collect()
}

#[test]
fn the_embedded_model_has_learned_a_second_look() {
    let model = embedded_model().expect("the embedded model");
    assert!(!model.consistency().is_empty());
}

#[test]
fn a_surname_alone_after_the_full_name_is_the_person() {
    let later = COACH.rfind("فيريرينا").expect("in the text");
    let found = people(COACH, true);
    assert!(
        found
            .iter()
            .any(|(at, name)| *at == later && name == "فيريرينا"),
        "{found:?}"
    );
    // The first pass alone reads it as a word: the second look is what finds it.
    let alone = people(COACH, false);
    assert!(!alone.iter().any(|(at, _)| *at == later), "{alone:?}");
}

#[test]
fn a_word_of_a_compound_given_name_spreads_nothing() {
    let text = "حضر عبد الله الخالدي الاجتماع أمس، ثم تحدث نصر الله الموسوي. \
وختم الخالدي كلمته بالدعاء بأن يحفظ الله البلاد.";
    let god = text.rfind("الله").expect("in the text");
    let found = people(text, true);
    assert!(
        !found.iter().any(|(at, _)| (*at..*at + 8).contains(&god)),
        "{found:?}"
    );
}

#[test]
fn without_the_full_name_the_bare_word_stays_a_word() {
    let text = "ويبدأ فيريرينا عمله مع الفريق الأسبوع المقبل.";
    let found = people(text, true);
    assert_eq!(found, people(text, false));
}

#[test]
fn training_with_the_second_look_is_deterministic_and_reads_back() {
    use isnad::entities::{Class, Model, Tag, TrainOptions};
    let analyzer = Analyzer::embedded();
    let texts: Vec<String> = ["سليم", "منصور", "فهد", "نورة", "ماجد", "عادل"]
        .iter()
        .map(|given| format!("قال {given} الزهراني إن الاجتماع انتهى. وأكد الزهراني ذلك."))
        .collect();
    let docs: Vec<Document> = texts.iter().map(|t| Document::new(t)).collect();
    // Gold: the given name and the surname after it, and the surname alone.
    let gold: Vec<Vec<Tag>> = docs
        .iter()
        .map(|doc| {
            let words: Vec<&str> = doc
                .tokens
                .iter()
                .map(|t| &doc.text[t.range.clone()])
                .collect();
            (0..words.len())
                .map(|i| match (words[i], i) {
                    (_, 1) => Tag::Begin(Class::Person),
                    ("الزهراني", 2) => Tag::Inside(Class::Person),
                    ("الزهراني", _) => Tag::Begin(Class::Person),
                    _ => Tag::Outside,
                })
                .collect()
        })
        .collect();
    let pairs: Vec<(&Document, &[Tag])> = docs
        .iter()
        .zip(&gold)
        .map(|(d, g)| (d, g.as_slice()))
        .collect();
    let options = TrainOptions {
        epochs: 2,
        bits: 12,
        ..TrainOptions::default()
    };
    let once = analyzer.recognizer.train(&pairs, options);
    let again = analyzer.recognizer.train(&pairs, options);
    assert_eq!(once, again, "the same documents give the same file");
    let model = Model::from_bytes(&once).expect("the trained file reads back");
    assert_eq!(model.bucket_bits(), 12);
}
