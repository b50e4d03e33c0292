//! Behaviours added for news isnad had never seen (issue 14), one test each, on
//! passages written for these tests (claims.md: vague sources, figures that go on
//! with a named report, the writer's own judgement).

mod claims_support;

use claims_support::expect;

#[test]
fn unnamed_legislators_are_a_vague_source() {
    expect(
        "وقال مشرعون إن الحكومة ستقدم مشروع القانون الأسبوع المقبل.",
        &[("vague-source", "مشرعون")],
    );
}

#[test]
fn indefinite_people_who_think_are_a_vague_source() {
    expect(
        "يرى البعض أن القرار سيضر بصغار المزارعين.",
        &[("vague-source", "البعض")],
    );
    expect(
        "ويقول آخرون إن الأسعار سترتفع مع بداية الشتاء.",
        &[("vague-source", "آخرون")],
    );
}

#[test]
fn unnamed_studies_are_a_vague_source() {
    expect(
        "تشير دراسات إلى أن المشي اليومي يحمي القلب.",
        &[("vague-source", "دراسات")],
    );
}

#[test]
fn reports_with_only_a_nationality_are_a_vague_source() {
    expect(
        "وذكرت تقارير بريطانية أن الصفقة ألغيت في اللحظة الأخيرة.",
        &[("vague-source", "تقارير بريطانية")],
    );
}

#[test]
fn a_press_report_with_no_issuer_is_a_vague_source() {
    expect(
        "ووفق تقرير صحفي، فإن المفاوضات توقفت منذ أسبوعين.",
        &[("vague-source", "تقرير صحفي")],
    );
}

#[test]
fn a_headline_of_sources_is_a_vague_source() {
    expect(
        "مصادر: الوزير يستعد للاستقالة\nوتستعد الحكومة لتعديل وزاري واسع خلال الشهر الجاري.",
        &[("vague-source", "مصادر")],
    );
}

#[test]
fn an_official_known_only_by_kind_and_nationality_is_vague() {
    expect(
        "وقال مصدر أمني عراقي إن الهجوم أسفر عن مقتل جنديين.",
        &[("vague-source", "مصدر أمني عراقي")],
    );
}

#[test]
fn forecasts_with_no_source_are_claims() {
    expect(
        "ومن المرجح أن يعقد الاجتماع في القاهرة الشهر المقبل.",
        &[("unsourced-claim", "ومن المرجح")],
    );
}

#[test]
fn figures_going_on_with_a_named_banks_report_keep_its_source() {
    expect(
        "وأصدر البنك المركزي تقريره السنوي أمس. وبلغت الودائع نحو 300 مليار دولار.",
        &[],
    );
}

#[test]
fn figures_after_a_report_in_another_paragraph_are_unsourced() {
    expect(
        "وأصدر البنك المركزي تقريره السنوي أمس.\n\nوبلغت الودائع نحو 300 مليار دولار.",
        &[("unsourced-claim", "نحو 300 مليار دولار")],
    );
}

#[test]
fn figures_after_narration_with_no_report_are_unsourced() {
    expect(
        "وافتتح البنك المركزي فرعاً جديداً أمس. وبلغت الودائع نحو 300 مليار دولار.",
        &[("unsourced-claim", "نحو 300 مليار دولار")],
    );
}

#[test]
fn a_continuation_verb_inherits_a_named_minister() {
    expect(
        "وأشار وزير الخارجية سامي الحداد إلى أن المحادثات مستمرة. وتابع أن الجانبين اتفقا على لقاء جديد.",
        &[],
    );
}

#[test]
fn a_hadith_with_its_speaker_is_sourced() {
    expect(
        "قال رسول الله صلى الله عليه وسلم: «إنما الأعمال بالنيات وإنما لكل امرئ ما نوى».",
        &[],
    );
}

#[test]
fn a_named_agencys_photographer_is_a_source() {
    expect("وقال مصور وكالة رويترز إن الحشود ملأت الساحة.", &[]);
}

#[test]
fn media_as_the_subject_of_the_writers_judgement_is_not_a_source() {
    expect(
        "وتتحمل وسائل الإعلام مسؤولية كبيرة في نشر الوعي بين الناس.",
        &[],
    );
}

#[test]
fn a_denied_rumour_needs_no_source_of_its_own() {
    expect("ونفت الشركة الأنباء التي ترددت عن إفلاسها.", &[]);
}

#[test]
fn what_the_outlet_learned_with_nobody_named_is_unsourced() {
    expect(
        "وعلمت الصحيفة أن الوزير سيستقيل الأسبوع المقبل.",
        &[("unsourced-claim", "وعلمت")],
    );
}

#[test]
fn what_the_outlet_learned_from_its_sources_is_a_vague_source() {
    expect(
        "وعلمت «الصحيفة» من مصادرها أن الوزير سيستقيل.",
        &[("vague-source", "مصادرها")],
    );
}

#[test]
fn what_the_outlet_learned_from_a_named_ministry_is_sourced() {
    expect("وعلمت الصحيفة من وزارة الصحة أن الحملة ستبدأ غداً.", &[]);
}

#[test]
fn learning_as_narration_is_not_a_claim() {
    expect("وعلم الطلاب بالخبر صباح اليوم.", &[]);
}

#[test]
fn unnamed_sources_talking_to_the_outlet_are_vague() {
    expect(
        "وكشفت مصادر لـ«الصحيفة» أن الوزير سيستقيل.",
        &[("vague-source", "مصادر")],
    );
}

#[test]
fn figures_going_on_with_a_named_index_keep_its_source() {
    expect(
        "وأصدر البنك المركزي مؤشره الشهري أمس. وارتفع الإنتاج بأكثر من 5 في المئة.",
        &[],
    );
}

#[test]
fn an_estimated_duration_in_a_familys_story_is_unsourced() {
    // The mother is quoted on what she saw; how long he was held is nobody's word.
    expect(
        "وقالت والدة الشاب سعاد حمدان إن ابنها خرج من المنزل صباح الأحد ولم يعد. وبقي الشاب محتجزا نحو ثلاثة أشهر قبل أن تعرف العائلة مكانه.",
        &[("unsourced-claim", "نحو ثلاثة أشهر")],
    );
    expect(
        "وانتظرت العائلة أكثر من عشرين يوما على الحدود دون أي خبر.",
        &[("unsourced-claim", "أكثر من عشرين يوما")],
    );
    // «في» before the place, not before the span: still how long.
    expect(
        "وقضى عمه في السجن نحو عشرين عاما بلا محاكمة.",
        &[("unsourced-claim", "نحو عشرين عاما")],
    );
}

#[test]
fn a_time_span_that_dates_an_event_is_narration() {
    // "about three months ago": when, not how long.
    expect("واحتجز الشاب قبل نحو ثلاثة أشهر عند المعبر.", &[]);
    expect("وبني المسجد منذ أكثر من مئتي عام.", &[]);
}
