//! Entity recognition, one behaviour per test, with short Arabic passages.

use isnad::config::Config;
use isnad::entities::hover::entity_markdown_at;
use isnad::kb::{parse_json, Ambiguities, EntityType, KnowledgeBase};
use isnad::Analyzer;

fn small_kb() -> KnowledgeBase {
    let entities = parse_json(
        r#"{"entities": [
  {"id": "country-ru", "type": "location", "subtype": "country", "ar": "روسيا",
   "aliases": ["روسيا الاتحادية"], "demonyms": ["الروسي", "الروسية"], "en": "Russia",
   "description_ar": "دولة في شرق أوروبا وشمال آسيا", "description_en": "Country in Eastern Europe and Northern Asia"},
  {"id": "kremlin", "type": "organization", "subtype": "government body", "ar": "الكرملين",
   "en": "Kremlin", "description_ar": "مقر الرئاسة الروسية", "description_en": "Seat of the Russian presidency",
   "country": "country-ru"},
  {"id": "dmitry-peskov", "type": "person", "subtype": "spokesperson", "ar": "دميتري بيسكوف",
   "aliases": ["ديمتري بيسكوف", "بيسكوف"], "en": "Dmitry Peskov",
   "description_ar": "المتحدث باسم الكرملين", "description_en": "Kremlin spokesman",
   "roles": [{"title_ar": "المتحدث باسم الكرملين", "title_en": "Kremlin press secretary", "org": "kremlin", "from": "2012-05"},
             {"title_ar": "نائب رئيس ديوان الإدارة الرئاسية", "org": "kremlin", "from": "2008", "to": "2012"}],
   "country": "country-ru"},
  {"id": "al-osboa", "type": "organization", "subtype": "newspaper", "ar": "صحيفة الأسبوع",
   "ambiguous_aliases": ["الأسبوع"], "en": "Al-Osboa", "description_ar": "صحيفة أسبوعية مصرية"}
]}"#,
    )
    .expect("test kb");
    KnowledgeBase::new(entities, Ambiguities::default())
}

fn mentions(analyzer: &Analyzer, text: &str) -> Vec<(String, EntityType, Option<String>)> {
    analyzer
        .analyze(text)
        .entities
        .into_iter()
        .map(|m| (text[m.range.clone()].to_string(), m.kind, m.id))
        .collect()
}

fn names(analyzer: &Analyzer, text: &str) -> Vec<String> {
    mentions(analyzer, text).into_iter().map(|m| m.0).collect()
}

#[test]
fn a_clitic_is_not_part_of_the_mention() {
    let a = Analyzer::with_parts(Config::default(), small_kb());
    assert_eq!(
        names(&a, "وصل الوفد لروسيا وبالكرملين"),
        ["روسيا", "الكرملين"]
    );
}

#[test]
fn lil_reads_as_preposition_and_article() {
    let a = Analyzer::with_parts(Config::default(), small_kb());
    let m = mentions(&a, "رسالة للكرملين");
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].2.as_deref(), Some("kremlin"));
}

#[test]
fn no_match_inside_a_longer_word() {
    let a = Analyzer::with_parts(Config::default(), small_kb());
    assert!(names(&a, "الروسيات والكرملينيون").is_empty());
}

#[test]
fn a_demonym_alone_is_not_a_mention() {
    let a = Analyzer::with_parts(Config::default(), small_kb());
    assert!(names(&a, "قال الجانب الروسي").is_empty());
}

#[test]
fn a_common_word_name_needs_a_context_that_says_so() {
    let a = Analyzer::with_parts(Config::default(), small_kb());
    assert!(names(&a, "وصل هذا الأسبوع وفد").is_empty());
    let m = mentions(&a, "المصدر: الأسبوع");
    assert_eq!(
        m,
        [(
            "الأسبوع".to_string(),
            EntityType::Organization,
            Some("al-osboa".into())
        )]
    );
}

#[test]
fn transliteration_variants_match() {
    let a = Analyzer::embedded();
    let ids =
        |t: &str| -> Vec<Option<String>> { mentions(&a, t).into_iter().map(|m| m.2).collect() };
    let one = ids("وصل الوفد الروسي إلى بيونج يانج أمس.");
    assert_eq!(one.len(), 1);
    assert_eq!(ids("وصل الوفد الروسي إلى بيونغ يانغ أمس."), one);
    assert_eq!(ids("في کوریا الشمالیة"), ids("في كوريا الشمالية"));
}

#[test]
fn a_titled_stranger_becomes_a_person_with_a_role() {
    let a = Analyzer::with_parts(Config::default(), small_kb());
    let text =
        "قال نائب وزير الخارجية الروسي أندريه رودنكوف إن المعاهدة مفتوحة. وحذر رودنكوف من ذلك.";
    let analysis = a.analyze(text);
    let people: Vec<_> = analysis
        .entities
        .iter()
        .filter(|m| m.kind == EntityType::Person)
        .collect();
    assert_eq!(people.len(), 2, "{:?}", analysis.entities);
    assert_eq!(&text[people[0].range.clone()], "أندريه رودنكوف");
    assert_eq!(&text[people[1].range.clone()], "رودنكوف");
    assert_eq!(people[0].id, people[1].id);
    assert_eq!(people[0].id.as_deref(), Some("doc:اندريه رودنكوف"));
    let d = people[1].discovered.as_ref().expect("discovered");
    assert_eq!(d.role.as_deref(), Some("نائب وزير الخارجية الروسي"));
    assert_eq!(d.org.as_deref(), Some("country-ru"));
    assert_eq!(d.name, "أندريه رودنكوف");
}

#[test]
fn a_bare_surname_before_the_full_name_is_not_linked_back() {
    let a = Analyzer::with_parts(Config::default(), small_kb());
    // "سالمون" ('safe') before the full name is no short form of it: whatever the
    // tagger makes of it, linking does not send it forward to the minister.
    let text = "وأكد أن الركاب سالمون جميعا. وقال الوزير كارل سالمون إن الميناء مفتوح. وأضاف سالمون أن العمل مستمر.";
    let people: Vec<(String, Option<String>)> = mentions(&a, text)
        .into_iter()
        .filter(|(_, kind, _)| *kind == EntityType::Person)
        .map(|(name, _, id)| (name, id))
        .collect();
    let full = people.iter().position(|(n, _)| n == "كارل سالمون");
    let full = full.expect("the full name is found");
    let id = people[full].1.clone();
    assert!(id.is_some());
    assert!(people[..full].iter().all(|(_, i)| *i != id), "{people:?}");
    assert_eq!(
        people[full + 1..],
        [("سالمون".to_string(), id)],
        "{people:?}"
    );
}

#[test]
fn never_panics_on_odd_text() {
    let a = Analyzer::embedded();
    for t in [
        "",
        " ",
        "ال",
        "و",
        "لل",
        "\u{200F}",
        "الرئيس",
        "وزير ،",
        "محمد",
        "عبد",
        "منطقة",
        "ﻻ ﻻ",
        "a\u{0301}b",
    ] {
        let _ = a.analyze(t);
    }
}

#[test]
fn hover_for_a_knowledge_base_person() {
    let a = Analyzer::with_parts(Config::default(), small_kb());
    let text = "صورة دميتري بيسكوف في الكرملين. بيسكوف";
    let analysis = a.analyze(text);
    let md = entity_markdown_at(&analysis, &a.kb, text, 0, "2024");
    let want = "\
**دميتري بيسكوف**

Dmitry Peskov

النوع: شخص، متحدث رسمي

person · spokesperson

المتحدث باسم الكرملين

Kremlin spokesman

الصفة في تاريخ النص: المتحدث باسم الكرملين (منذ 2012-05)

Kremlin press secretary

**أدوار أخرى**

- نائب رئيس ديوان الإدارة الرئاسية (2008 – 2012)

أسماء وتهجئات أخرى: ديمتري بيسكوف، بيسكوف

ورد في هذا النص: مرتان";
    assert_eq!(md, want);
}

#[test]
fn hover_for_a_person_found_in_the_text() {
    let a = Analyzer::with_parts(Config::default(), small_kb());
    let text = "صورة نائب وزير الخارجية الروسي أندريه رودنكوف";
    let analysis = a.analyze(text);
    let i = analysis
        .entities
        .iter()
        .position(|m| m.kind == EntityType::Person)
        .expect("person");
    let md = entity_markdown_at(&analysis, &a.kb, text, i, "2024");
    let want = "\
**أندريه رودنكوف**

النوع: شخص

person

الصفة في هذا النص: نائب وزير الخارجية الروسي

الجهة: روسيا

غير موجود في قاعدة المعرفة

Not in the knowledge base

ورد في هذا النص: مرة واحدة";
    assert_eq!(md, want);
}

#[test]
fn hover_lists_the_statements_attributed_to_the_entity() {
    let a = Analyzer::embedded();
    let text = "قال المتحدث باسم الكرملين دميتري بيسكوف إن تصريحات كييف متناقضة.";
    let analysis = a.analyze(text);
    let i = analysis
        .entities
        .iter()
        .position(|m| &text[m.range.clone()] == "دميتري بيسكوف")
        .expect("Peskov recognised");
    let id = analysis.entities[i].id.clone();
    let range = analysis.entities[i].range.clone();
    let attributed = analysis.claims.iter().any(|c| {
        c.source.as_ref().is_some_and(|s| {
            s.entity == id || (s.range.start <= range.start && range.end <= s.range.end)
        })
    });
    let md = entity_markdown_at(&analysis, &a.kb, text, i, "2024");
    if attributed {
        assert!(
            md.contains("**ما ينسبه إليه هذا النص**\n\n- قال المتحدث"),
            "{md}"
        );
    } else {
        eprintln!("NOTICE: the claims engine attributes nothing to {id:?} here");
        assert!(!md.contains("ما ينسبه"), "{md}");
    }
}

fn of_kind(a: &Analyzer, text: &str, kind: EntityType) -> Vec<String> {
    mentions(a, text)
        .into_iter()
        .filter(|m| m.1 == kind)
        .map(|m| m.0)
        .collect()
}

#[test]
fn a_quoted_title_after_a_paper_is_the_paper() {
    let a = Analyzer::embedded();
    assert_eq!(
        of_kind(
            &a,
            "ونقلت صحيفة \"ليفربول\" عن مصادر",
            EntityType::Organization
        ),
        ["ليفربول"]
    );
    assert!(of_kind(&a, "ونقلت صحيفة \"ليفربول\" عن مصادر", EntityType::Location).is_empty());
}

#[test]
fn a_name_in_guillemets_reads_as_the_paper() {
    let a = Analyzer::embedded();
    let m = mentions(&a, "وقال في حديث إلى « الشرق الأوسط » إن");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].1, EntityType::Organization);
    assert_eq!(m[0].2.as_deref(), Some("asharq-al-awsat"));
}

#[test]
fn two_name_words_after_a_nationality_are_a_person() {
    let a = Analyzer::embedded();
    assert_eq!(
        of_kind(
            &a,
            "وتغلب على الهولندي ريمكو فيلدستر في النهائي",
            EntityType::Person
        ),
        ["ريمكو فيلدستر"]
    );
    // A nisba qualifying a noun introduces nobody.
    assert!(of_kind(&a, "وأثار الجانب الهولندي مسائل متعددة", EntityType::Person).is_empty());
    assert!(of_kind(&a, "قالت القوات الهولندية إنها", EntityType::Person).is_empty());
    // A verb with و and a phrase after a standalone nisba: no name.
    assert!(of_kind(&a, "وواجه الهولندي وخسر بهدف نظيف", EntityType::Person).is_empty());
}

#[test]
fn a_word_as_written_is_no_clitic_before_a_generated_place() {
    let a = Analyzer::embedded();
    // وكالات is "agencies", not و + a place called كالات.
    assert!(of_kind(&a, "ذكرت وكالات الأنباء أن الوفد وصل", EntityType::Location).is_empty());
}

#[test]
fn a_quoted_title_the_base_knows_keeps_its_entry() {
    let a = Analyzer::embedded();
    let m = mentions(&a, "ونقلت وكالة \"رويترز\" عن مصادر");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].2.as_deref(), Some("reuters"));
}

#[test]
fn no_family_name_after_a_preposition_or_a_website() {
    let a = Analyzer::embedded();
    // أسرة here is "beds": a construct takes no preposition.
    assert!(of_kind(&a, "وفيها ثمانية أسرة لأفراد الطاقم", EntityType::Person).is_empty());
    assert!(of_kind(&a, "وذكر موقع \"تك نيوز\" أن الشركة", EntityType::Person).is_empty());
}

#[test]
fn hover_lists_at_most_twelve_statements_and_counts_the_rest() {
    let a = Analyzer::embedded();
    let sentence = "قال المتحدث باسم الكرملين دميتري بيسكوف إن تصريحات كييف متناقضة.\n";
    let text = sentence.repeat(15);
    let analysis = a.analyze(&text);
    let i = analysis
        .entities
        .iter()
        .position(|m| &text[m.range.clone()] == "دميتري بيسكوف")
        .expect("Peskov recognised");
    let md = entity_markdown_at(&analysis, &a.kb, &text, i, "2024");
    let listed = md.lines().filter(|l| l.starts_with("- قال")).count();
    assert_eq!(listed, 12, "{md}");
    assert!(md.contains("- وأقوال أخرى عددها 3"), "{md}");
    assert!(md.contains("ورد في هذا النص: 15 مرة"), "{md}");
}

// ---- the tagger and linking on its spans -------------------------------------

fn ids_of(analyzer: &Analyzer, text: &str, form: &str) -> Vec<Option<String>> {
    mentions(analyzer, text)
        .into_iter()
        .filter(|m| m.0 == form)
        .map(|m| m.2)
        .collect()
}

#[test]
fn a_shared_surname_is_not_sent_to_a_famous_person_the_article_does_not_name() {
    let a = Analyzer::embedded();
    let text = "وقال رجل الأعمال جمال مبارك إن الشركة ستوسع ميناء مبارك العام المقبل.";
    for m in mentions(&a, text) {
        assert_ne!(m.2.as_deref(), Some("hosni-mubarak"), "{m:?}");
    }
}

#[test]
fn an_adjective_does_not_link_to_a_person_named_earlier() {
    let a = Analyzer::embedded();
    let text = "وقال نبيل العربي إن الربيع العربي انتهى، وإن الصراع العربي لم ينته.";
    let linked: Vec<_> = mentions(&a, text)
        .into_iter()
        .filter(|m| m.2.as_deref() == Some("nabil-elaraby"))
        .map(|m| m.0)
        .collect();
    assert_eq!(linked, ["نبيل العربي"]);
}

#[test]
fn a_nationality_adjective_is_no_mention_of_the_country() {
    let a = Analyzer::embedded();
    let text = "ارتفعت الأسهم السعودية أمس، وقالت المرأة السعودية إنها تعمل في قطر.";
    let saudi: Vec<_> = a
        .analyze(text)
        .entities
        .into_iter()
        .filter(|m| m.id.as_deref() == Some("country-sa"))
        .collect();
    assert!(saudi.is_empty(), "{saudi:?}");
}

#[test]
fn a_surname_alone_joins_the_person_named_in_full_before() {
    let a = Analyzer::embedded();
    let text = "وقال الرئيس الأمريكي جو بايدن إن بلاده ستدعم الحلفاء. وأضاف بايدن أن الحرب ستنتهي.";
    assert_eq!(
        ids_of(&a, text, "جو بايدن"),
        [Some("joe-biden".to_string())]
    );
    assert_eq!(ids_of(&a, text, "بايدن"), [Some("joe-biden".to_string())]);
}

#[test]
fn a_verb_spelt_like_a_surname_is_nobody() {
    let a = Analyzer::embedded();
    let text = "ترأس الوزير اجتماعا للجنة أمس، ثم ترأس وفدا إلى الرياض.";
    let truss: Vec<_> = mentions(&a, text)
        .into_iter()
        .filter(|m| m.2.as_deref() == Some("liz-truss"))
        .collect();
    assert!(truss.is_empty(), "{truss:?}");
}

#[test]
fn common_words_are_not_people() {
    let a = Analyzer::embedded();
    let text = "ارتفعت الأسعار بنسبة كبيرة هذا العام، وركز اللاعب كثيرا داخل المنطقة، رحمه الله.";
    let people: Vec<_> = mentions(&a, text)
        .into_iter()
        .filter(|m| m.1 == EntityType::Person)
        .collect();
    assert!(people.is_empty(), "{people:?}");
}

#[test]
fn a_known_name_is_taken_whole_and_its_head_word_left_out() {
    let a = Analyzer::embedded();
    let text = "وقعت اشتباكات في منطقة كورسك الروسية، وقالت موسكو إن كورسك آمنة.";
    let kursk = ids_of(&a, text, "كورسك");
    assert_eq!(kursk.len(), 2, "{:?}", mentions(&a, text));
    assert_eq!(kursk[0], kursk[1], "one place per document");
}

#[test]
fn a_current_role_in_a_hover_says_the_base_s_cut_off() {
    let a = Analyzer::embedded();
    let cutoff =
        a.kb.cutoff()
            .expect("the embedded base has a cut-off")
            .to_string();
    let text = "وقال الرئيس الروسي فلاديمير بوتين إن المحادثات مستمرة.";
    let analysis = a.analyze(text);
    let i = analysis
        .entities
        .iter()
        .position(|m| m.id.as_deref() == Some("vladimir-putin"))
        .expect("Putin recognised");
    let md = entity_markdown_at(&analysis, &a.kb, text, i, "2026-01-01");
    assert!(md.contains(&format!("cut-off, {cutoff}")), "{md}");
}

#[test]
fn a_known_persons_name_does_not_run_on_into_the_verb_after_it() {
    let a = Analyzer::embedded();
    // The tagger alone runs this one on into «سيزور» (before the place's name).
    let text = "وقال المتحدث إن الرئيس فلاديمير بوتين سيزور بيونغ يانغ قريبًا.";
    let found = mentions(&a, text);
    let putin = found
        .iter()
        .find(|(_, kind, _)| *kind == EntityType::Person);
    let (name, _, id) = putin.expect("a person");
    assert_eq!(name, "فلاديمير بوتين", "{found:?}");
    assert_eq!(id.as_deref(), Some("vladimir-putin"));
}

/// The texts of the embedded analyzer's mentions linked to `id`.
fn linked_to(text: &str, id: &str) -> Vec<String> {
    mentions(&Analyzer::embedded(), text)
        .into_iter()
        .filter(|m| m.2.as_deref() == Some(id))
        .map(|m| m.0)
        .collect()
}

#[test]
fn a_title_the_base_wrote_with_a_name_is_no_part_of_the_mention() {
    let text = "وصل الملك عبدالله الثاني إلى باكو مساء أمس في زيارة رسمية.";
    assert_eq!(linked_to(text, "abdullah-ii"), ["عبدالله الثاني"]);
}

#[test]
fn a_head_word_the_tagger_left_out_stays_out_of_a_linked_name() {
    let text = "وقال الرجل الثاني في تنظيم القاعدة في تسجيل صوتي إن الهجوم وقع ليلا.";
    assert_eq!(linked_to(text, "al-qaeda"), ["القاعدة"]);
}

/// «سيول» is Seoul and also "floods": the tagger reads the city where the
/// document names its country (a knowledge-base feature), the word elsewhere.
#[test]
fn a_city_that_is_also_a_word_is_the_city_where_its_country_is_named() {
    let korea = "وقال مسؤول في سيول إن كوريا الجنوبية سترد على الإطلاق.";
    assert_eq!(linked_to(korea, "city-1835848"), ["سيول"]);
    let floods = "وقال الدفاع المدني إن سيول جارفة اجتاحت قرى المحافظة بعد أمطار غزيرة.";
    assert!(linked_to(floods, "city-1835848").is_empty());
}
