"""Government bodies of the 22 Arab League states, Iran, Turkey and Israel that the other
files lack (written by the isnad team from general knowledge; see SOURCES.md): ministries
beyond the generated interior/finance/health/justice/foreign/defence ones, parliaments with
their historical names, highest courts, parties and armed groups, news agencies, papers and
channels. Only bodies the team is sure exist under the name given; a state whose ministry of
a kind has no stable name (or none at all: many states have no information ministry) is
simply absent from that list.

`generic_names` (a list field on the entry) holds the names that, without a country, fit the
same body in every state (وزارة الداخلية، مجلس الوزراء، البرلمان). They are never aliases:
the linker picks the body of the country the passage is about. GENERIC gives them by the
kind of body (the id's suffix for generated entries), EXTRA gives them per entry.
"""
import countries_extra as CX
from curated_orgs import O, _demonym

STATES = sorted(CX.ARAB_LEAGUE | {"IR", "TR", "IL"})
MIN, PARL, COURT, PARTY, ARMED, AGENCY, PAPER, TV = (
    "ministry", "parliament", "court", "party", "armed group", "news agency", "newspaper",
    "television channel")

# Generic names by the id's suffix (generated entries: <cc>-<suffix>).
GENERIC = {
    "moi": ["وزارة الداخلية", "الداخلية"],
    "mfa": ["وزارة الخارجية", "الخارجية"],
    "mod": ["وزارة الدفاع"],
    "mof": ["وزارة المالية"],
    "moh": ["وزارة الصحة"],
    "moj": ["وزارة العدل"],
    "cabinet": ["مجلس الوزراء"],
    "government": ["الحكومة"],
    "army": ["الجيش", "القوات المسلحة"],
    "central-bank": ["البنك المركزي", "المصرف المركزي"],
}

# The interior, finance, health and justice ministries of Iran, Turkey and Israel (the Arab
# states' are generated in curated_gov.py). Turkey's and Iran's finance ministries have
# their own names and are listed below.
NON_ARAB_MINISTRIES = [
    ("moi", "الداخلية", "Interior", set()),
    ("mof", "المالية", "Finance", {"IR", "TR"}),
    ("moh", "الصحة", "Health", set()),
    ("moj", "العدل", "Justice", set()),
]


def _non_arab_ministries():
    out = []
    for code in ("IR", "TR", "IL"):
        _, fem = _demonym(code)
        en = CX.EXTRA[code][0]
        for key, ar, en_word, skip in NON_ARAB_MINISTRIES:
            if code in skip:
                continue
            out.append(O(f"{code.lower()}-{key}", f"وزارة {ar} {fem}", [], f"Ministry of {en_word} ({en})", MIN,
                         f"وزارة {ar} في {{c}}", f"{en_word} ministry of {en}", f"country-{code.lower()}"))
    return out


# Ministries with a per-state name: (id, state, canonical, aliases, English, kind, generic).
# kind: the short description («وزارة <kind> في <state>»).
M = [
 # economy, trade, planning
 ("ae-economy-ministry", "AE", "وزارة الاقتصاد الإماراتية", [], "Ministry of Economy (UAE)", "الاقتصاد", ["وزارة الاقتصاد"]),
 ("lb-economy-ministry", "LB", "وزارة الاقتصاد والتجارة اللبنانية", ["وزارة الاقتصاد اللبنانية"], "Ministry of Economy and Trade (Lebanon)", "الاقتصاد", ["وزارة الاقتصاد", "وزارة الاقتصاد والتجارة"]),
 ("om-economy-ministry", "OM", "وزارة الاقتصاد العمانية", [], "Ministry of Economy (Oman)", "الاقتصاد", ["وزارة الاقتصاد"]),
 ("kw-commerce-ministry", "KW", "وزارة التجارة والصناعة الكويتية", ["وزارة التجارة الكويتية"], "Ministry of Commerce and Industry (Kuwait)", "التجارة", ["وزارة التجارة والصناعة", "وزارة التجارة"]),
 ("qa-commerce-ministry", "QA", "وزارة التجارة والصناعة القطرية", ["وزارة التجارة القطرية"], "Ministry of Commerce and Industry (Qatar)", "التجارة", ["وزارة التجارة والصناعة", "وزارة التجارة"]),
 ("jo-industry-trade-ministry", "JO", "وزارة الصناعة والتجارة والتموين الأردنية", ["وزارة الصناعة والتجارة الأردنية"], "Ministry of Industry, Trade and Supply (Jordan)", "الصناعة والتجارة", ["وزارة الصناعة والتجارة والتموين", "وزارة الصناعة والتجارة"]),
 ("iq-trade-ministry", "IQ", "وزارة التجارة العراقية", [], "Ministry of Trade (Iraq)", "التجارة", ["وزارة التجارة"]),
 ("iq-planning-ministry", "IQ", "وزارة التخطيط العراقية", [], "Ministry of Planning (Iraq)", "التخطيط", ["وزارة التخطيط"]),
 ("eg-supply-ministry", "EG", "وزارة التموين والتجارة الداخلية المصرية", ["وزارة التموين المصرية"], "Ministry of Supply and Internal Trade (Egypt)", "التموين", ["وزارة التموين", "وزارة التموين والتجارة الداخلية"]),
 ("ir-mof", "IR", "وزارة الاقتصاد والمالية الإيرانية", ["وزارة الشؤون الاقتصادية والمالية الإيرانية", "وزارة الاقتصاد الإيرانية"], "Ministry of Economic Affairs and Finance (Iran)", "الاقتصاد والمالية", ["وزارة الاقتصاد", "وزارة المالية"]),
 ("tr-mof", "TR", "وزارة الخزانة والمالية التركية", ["وزارة المالية التركية"], "Ministry of Treasury and Finance (Turkey)", "المالية", ["وزارة المالية", "وزارة الخزانة والمالية"]),
 ("tr-trade-ministry", "TR", "وزارة التجارة التركية", [], "Ministry of Trade (Turkey)", "التجارة", ["وزارة التجارة"]),
 ("il-economy-ministry", "IL", "وزارة الاقتصاد الإسرائيلية", [], "Ministry of Economy and Industry (Israel)", "الاقتصاد", ["وزارة الاقتصاد"]),
 # education
 ("kw-education-ministry", "KW", "وزارة التربية الكويتية", [], "Ministry of Education (Kuwait)", "التربية", ["وزارة التربية"]),
 ("iq-education-ministry", "IQ", "وزارة التربية العراقية", [], "Ministry of Education (Iraq)", "التربية", ["وزارة التربية"]),
 ("iq-higher-education-ministry", "IQ", "وزارة التعليم العالي والبحث العلمي العراقية", ["وزارة التعليم العالي العراقية"], "Ministry of Higher Education and Scientific Research (Iraq)", "التعليم العالي", ["وزارة التعليم العالي", "وزارة التعليم العالي والبحث العلمي"]),
 ("sy-education-ministry", "SY", "وزارة التربية السورية", [], "Ministry of Education (Syria)", "التربية", ["وزارة التربية"]),
 ("lb-education-ministry", "LB", "وزارة التربية والتعليم العالي اللبنانية", ["وزارة التربية اللبنانية"], "Ministry of Education and Higher Education (Lebanon)", "التربية", ["وزارة التربية", "وزارة التربية والتعليم العالي"]),
 ("jo-education-ministry", "JO", "وزارة التربية والتعليم الأردنية", [], "Ministry of Education (Jordan)", "التربية والتعليم", ["وزارة التربية والتعليم", "وزارة التربية"]),
 ("ae-education-ministry", "AE", "وزارة التربية والتعليم الإماراتية", [], "Ministry of Education (UAE)", "التربية والتعليم", ["وزارة التربية والتعليم", "وزارة التربية"]),
 ("qa-education-ministry", "QA", "وزارة التربية والتعليم والتعليم العالي القطرية", ["وزارة التربية والتعليم القطرية"], "Ministry of Education and Higher Education (Qatar)", "التربية والتعليم", ["وزارة التربية والتعليم", "وزارة التربية والتعليم والتعليم العالي"]),
 ("bh-education-ministry", "BH", "وزارة التربية والتعليم البحرينية", [], "Ministry of Education (Bahrain)", "التربية والتعليم", ["وزارة التربية والتعليم", "وزارة التربية"]),
 ("om-education-ministry", "OM", "وزارة التربية والتعليم العمانية", [], "Ministry of Education (Oman)", "التربية والتعليم", ["وزارة التربية والتعليم", "وزارة التربية"]),
 ("ye-education-ministry", "YE", "وزارة التربية والتعليم اليمنية", [], "Ministry of Education (Yemen)", "التربية والتعليم", ["وزارة التربية والتعليم", "وزارة التربية"]),
 ("sd-education-ministry", "SD", "وزارة التربية والتعليم السودانية", [], "Ministry of Education (Sudan)", "التربية والتعليم", ["وزارة التربية والتعليم", "وزارة التربية"]),
 ("tn-education-ministry", "TN", "وزارة التربية التونسية", [], "Ministry of Education (Tunisia)", "التربية", ["وزارة التربية"]),
 ("dz-education-ministry", "DZ", "وزارة التربية الوطنية الجزائرية", [], "Ministry of National Education (Algeria)", "التربية", ["وزارة التربية الوطنية", "وزارة التربية"]),
 ("ma-education-ministry", "MA", "وزارة التربية الوطنية المغربية", [], "Ministry of National Education (Morocco)", "التربية", ["وزارة التربية الوطنية", "وزارة التربية"]),
 ("ir-education-ministry", "IR", "وزارة التربية والتعليم الإيرانية", [], "Ministry of Education (Iran)", "التربية والتعليم", ["وزارة التربية والتعليم", "وزارة التربية"]),
 ("tr-education-ministry", "TR", "وزارة التربية الوطنية التركية", ["وزارة التعليم التركية"], "Ministry of National Education (Turkey)", "التربية", ["وزارة التربية الوطنية", "وزارة التربية", "وزارة التعليم"]),
 ("il-education-ministry", "IL", "وزارة التعليم الإسرائيلية", ["وزارة التربية والتعليم الإسرائيلية"], "Ministry of Education (Israel)", "التعليم", ["وزارة التعليم", "وزارة التربية والتعليم"]),
 # energy and oil
 ("om-energy-ministry", "OM", "وزارة الطاقة والمعادن العمانية", [], "Ministry of Energy and Minerals (Oman)", "الطاقة", ["وزارة الطاقة والمعادن", "وزارة الطاقة"]),
 ("ly-oil-ministry", "LY", "وزارة النفط والغاز الليبية", ["وزارة النفط الليبية"], "Ministry of Oil and Gas (Libya)", "النفط", ["وزارة النفط والغاز", "وزارة النفط"]),
 ("jo-energy-ministry", "JO", "وزارة الطاقة والثروة المعدنية الأردنية", ["وزارة الطاقة الأردنية"], "Ministry of Energy and Mineral Resources (Jordan)", "الطاقة", ["وزارة الطاقة والثروة المعدنية", "وزارة الطاقة"]),
 ("lb-energy-ministry", "LB", "وزارة الطاقة والمياه اللبنانية", ["وزارة الطاقة اللبنانية"], "Ministry of Energy and Water (Lebanon)", "الطاقة", ["وزارة الطاقة والمياه", "وزارة الطاقة"]),
 ("ye-oil-ministry", "YE", "وزارة النفط والمعادن اليمنية", ["وزارة النفط اليمنية"], "Ministry of Oil and Minerals (Yemen)", "النفط", ["وزارة النفط والمعادن", "وزارة النفط"]),
 ("tr-energy-ministry", "TR", "وزارة الطاقة والموارد الطبيعية التركية", ["وزارة الطاقة التركية"], "Ministry of Energy and Natural Resources (Turkey)", "الطاقة", ["وزارة الطاقة والموارد الطبيعية", "وزارة الطاقة"]),
 ("il-energy-ministry", "IL", "وزارة الطاقة الإسرائيلية", [], "Ministry of Energy (Israel)", "الطاقة", ["وزارة الطاقة"]),
 # information and media
 ("kw-information-ministry", "KW", "وزارة الإعلام الكويتية", [], "Ministry of Information (Kuwait)", "الإعلام", ["وزارة الإعلام"]),
 ("bh-information-ministry", "BH", "وزارة شؤون الإعلام البحرينية", ["وزارة الإعلام البحرينية"], "Ministry of Information Affairs (Bahrain)", "الإعلام", ["وزارة شؤون الإعلام", "وزارة الإعلام"]),
 ("om-information-ministry", "OM", "وزارة الإعلام العمانية", [], "Ministry of Information (Oman)", "الإعلام", ["وزارة الإعلام"]),
 ("lb-information-ministry", "LB", "وزارة الإعلام اللبنانية", [], "Ministry of Information (Lebanon)", "الإعلام", ["وزارة الإعلام"]),
 ("sy-information-ministry", "SY", "وزارة الإعلام السورية", [], "Ministry of Information (Syria)", "الإعلام", ["وزارة الإعلام"]),
 ("ye-information-ministry", "YE", "وزارة الإعلام اليمنية", [], "Ministry of Information (Yemen)", "الإعلام", ["وزارة الإعلام"]),
 ("ps-information-ministry", "PS", "وزارة الإعلام الفلسطينية", [], "Ministry of Information (Palestine)", "الإعلام", ["وزارة الإعلام"]),
 ("dz-communication-ministry", "DZ", "وزارة الاتصال الجزائرية", [], "Ministry of Communication (Algeria)", "الاتصال", ["وزارة الاتصال"]),
 ("ir-guidance-ministry", "IR", "وزارة الثقافة والإرشاد الإسلامي", ["وزارة الثقافة والإرشاد الإسلامي الإيرانية", "وزارة الإرشاد الإيرانية"], "Ministry of Culture and Islamic Guidance (Iran)", "الثقافة والإرشاد", ["وزارة الإرشاد"]),
 ("ir-intelligence-ministry", "IR", "وزارة الاستخبارات الإيرانية", ["وزارة الأمن والاستخبارات الإيرانية"], "Ministry of Intelligence (Iran)", "الاستخبارات", ["وزارة الاستخبارات"]),
]


def _ministries():
    out = []
    for mid, code, ar, aliases, en, kind, generic in M:
        cid = f"country-{code.lower()}"
        e = O(mid, ar, aliases, en, MIN, f"وزارة {kind} في {{c}}", en, cid)
        e["generic_names"] = list(generic)
        out.append(e)
    return out


def B(id, ar, aliases, en, subtype, dar, den, code, generic=(), amb=()):
    """A body of one state (or of none: `code` empty), with its generic names."""
    e = O(id, ar, aliases, en, subtype, dar, den, f"country-{code.lower()}" if code else None, amb=amb)
    e["generic_names"] = list(generic)
    return e


BODIES = [
 # --- parliaments and their historical names
 B("om-shura", "مجلس الشورى العماني", [], "Shura Council (Oman)", PARL, "الغرفة المنتخبة في مجلس عمان", "Elected chamber of the Council of Oman", "OM", ["مجلس الشورى"]),
 B("om-state-council", "مجلس الدولة العماني", [], "State Council (Oman)", PARL, "الغرفة المعينة في مجلس عمان", "Appointed chamber of the Council of Oman", "OM", ["مجلس الدولة"]),
 B("ly-gnc", "المؤتمر الوطني العام الليبي", [], "General National Congress (Libya)", PARL,
   "البرلمان الليبي المنتخب عام 2012، سلّم السلطة لمجلس النواب عام 2014", "Libya's parliament elected in 2012; handed over to the House of Representatives in 2014", "LY",
   ["المؤتمر الوطني العام"]),
 B("tn-nca", "المجلس الوطني التأسيسي التونسي", ["المجلس التأسيسي التونسي"], "National Constituent Assembly (Tunisia)", PARL,
   "المجلس المنتخب عام 2011 الذي كتب دستور تونس لعام 2014", "Assembly elected in 2011 that wrote Tunisia's 2014 constitution", "TN",
   ["المجلس الوطني التأسيسي", "المجلس التأسيسي"]),
 B("tn-chamber-of-deputies", "مجلس النواب التونسي", [], "Chamber of Deputies (Tunisia)", PARL,
   "الغرفة الأولى للبرلمان التونسي قبل ثورة 2011", "Lower house of Tunisia's parliament before the 2011 revolution", "TN", ["مجلس النواب"]),
 B("tn-ncrd", "المجلس الوطني للجهات والأقاليم", ["المجلس الوطني للجهات والأقاليم التونسي"], "National Council of Regions and Districts (Tunisia)", PARL,
   "الغرفة الثانية للبرلمان التونسي بموجب دستور 2022", "Upper house of Tunisia's parliament under the 2022 constitution", "TN"),
 B("sd-national-assembly", "المجلس الوطني السوداني", ["البرلمان السوداني"], "National Assembly (Sudan)", PARL,
   "البرلمان السوداني حتى حله بعد عزل عمر البشير عام 2019", "Sudan's parliament until its dissolution after Omar al-Bashir's removal in 2019", "SD",
   ["المجلس الوطني", "البرلمان"]),
 B("mr-national-assembly", "الجمعية الوطنية الموريتانية", ["البرلمان الموريتاني"], "National Assembly (Mauritania)", PARL,
   "البرلمان في موريتانيا", "Parliament of Mauritania", "MR", ["الجمعية الوطنية", "البرلمان"]),
 B("mr-senate", "مجلس الشيوخ الموريتاني", [], "Senate (Mauritania)", PARL,
   "الغرفة الثانية للبرلمان الموريتاني حتى إلغائها باستفتاء 2017", "Upper house of Mauritania's parliament until the 2017 referendum abolished it", "MR"),
 B("so-parliament", "البرلمان الفيدرالي الصومالي", ["البرلمان الصومالي"], "Federal Parliament of Somalia", PARL,
   "البرلمان في الصومال", "Parliament of Somalia", "SO", ["البرلمان"]),
 B("dj-national-assembly", "الجمعية الوطنية الجيبوتية", ["البرلمان الجيبوتي"], "National Assembly (Djibouti)", PARL,
   "البرلمان في جيبوتي", "Parliament of Djibouti", "DJ", ["الجمعية الوطنية", "البرلمان"]),
 B("iq-transitional-national-assembly", "الجمعية الوطنية العراقية", [], "Iraqi National Assembly (2005)", PARL,
   "البرلمان الانتقالي العراقي المنتخب في يناير 2005 الذي أعد الدستور", "Iraq's transitional parliament elected in January 2005 that drafted the constitution", "IQ",
   ["الجمعية الوطنية"]),

 # --- highest courts
 B("jo-constitutional-court", "المحكمة الدستورية الأردنية", [], "Constitutional Court (Jordan)", COURT,
   "المحكمة المختصة بالرقابة على دستورية القوانين في الأردن", "Jordan's constitutional court", "JO", ["المحكمة الدستورية"]),
 B("jo-court-of-cassation", "محكمة التمييز الأردنية", [], "Court of Cassation (Jordan)", COURT,
   "أعلى محكمة في القضاء النظامي الأردني", "Jordan's highest ordinary court", "JO", ["محكمة التمييز"]),
 B("kw-court-of-cassation", "محكمة التمييز الكويتية", [], "Court of Cassation (Kuwait)", COURT,
   "أعلى محكمة في القضاء الكويتي", "Kuwait's highest court", "KW", ["محكمة التمييز"]),
 B("bh-court-of-cassation", "محكمة التمييز البحرينية", [], "Court of Cassation (Bahrain)", COURT,
   "أعلى محكمة في القضاء البحريني", "Bahrain's highest court", "BH", ["محكمة التمييز"]),
 B("qa-court-of-cassation", "محكمة التمييز القطرية", [], "Court of Cassation (Qatar)", COURT,
   "أعلى محكمة في القضاء القطري", "Qatar's highest court", "QA", ["محكمة التمييز"]),
 B("ae-federal-supreme-court", "المحكمة الاتحادية العليا الإماراتية", ["المحكمة الاتحادية العليا في الإمارات"], "Federal Supreme Court (UAE)", COURT,
   "أعلى محكمة اتحادية في الإمارات", "The UAE's highest federal court", "AE", ["المحكمة الاتحادية العليا"]),
 B("om-supreme-court", "المحكمة العليا العمانية", [], "Supreme Court (Oman)", COURT, "أعلى محكمة في سلطنة عمان", "Oman's highest court", "OM", ["المحكمة العليا"]),
 B("lb-constitutional-council", "المجلس الدستوري اللبناني", [], "Constitutional Council (Lebanon)", COURT,
   "الهيئة التي تراقب دستورية القوانين والطعون الانتخابية في لبنان", "Lebanon's body ruling on constitutionality and electoral appeals", "LB", ["المجلس الدستوري"]),
 B("sy-supreme-constitutional-court", "المحكمة الدستورية العليا السورية", ["المحكمة الدستورية العليا في سوريا"], "Supreme Constitutional Court (Syria)", COURT,
   "المحكمة الدستورية في سوريا", "Syria's constitutional court", "SY", ["المحكمة الدستورية العليا", "المحكمة الدستورية"]),
 B("iq-court-of-cassation", "محكمة التمييز الاتحادية العراقية", ["محكمة التمييز العراقية"], "Federal Court of Cassation (Iraq)", COURT,
   "أعلى محكمة في القضاء العادي العراقي", "Iraq's highest ordinary court", "IQ", ["محكمة التمييز الاتحادية", "محكمة التمييز"]),
 B("tn-court-of-cassation", "محكمة التعقيب التونسية", [], "Court of Cassation (Tunisia)", COURT,
   "أعلى محكمة في القضاء العدلي التونسي", "Tunisia's highest ordinary court", "TN", ["محكمة التعقيب"]),
 B("dz-supreme-court", "المحكمة العليا الجزائرية", [], "Supreme Court (Algeria)", COURT,
   "أعلى محكمة في القضاء العادي الجزائري", "Algeria's highest ordinary court", "DZ", ["المحكمة العليا"]),
 B("dz-constitutional-court", "المحكمة الدستورية الجزائرية", [], "Constitutional Court (Algeria)", COURT,
   "الهيئة الدستورية الجزائرية التي خلفت المجلس الدستوري بموجب دستور 2020", "Algeria's constitutional body replacing the Constitutional Council under the 2020 constitution", "DZ",
   ["المحكمة الدستورية"]),
 B("ma-court-of-cassation", "محكمة النقض المغربية", [], "Court of Cassation (Morocco)", COURT,
   "أعلى محكمة في القضاء المغربي", "Morocco's highest court", "MA", ["محكمة النقض"]),
 B("ma-constitutional-court", "المحكمة الدستورية المغربية", [], "Constitutional Court (Morocco)", COURT,
   "المحكمة الدستورية في المغرب بموجب دستور 2011", "Morocco's constitutional court under the 2011 constitution", "MA", ["المحكمة الدستورية"]),
 B("ly-supreme-court", "المحكمة العليا الليبية", [], "Supreme Court (Libya)", COURT, "أعلى محكمة في ليبيا", "Libya's highest court", "LY", ["المحكمة العليا"]),
 B("ye-supreme-court", "المحكمة العليا اليمنية", [], "Supreme Court (Yemen)", COURT, "أعلى محكمة في اليمن", "Yemen's highest court", "YE", ["المحكمة العليا"]),
 B("ps-supreme-constitutional-court", "المحكمة الدستورية العليا الفلسطينية", [], "Supreme Constitutional Court (Palestine)", COURT,
   "المحكمة الدستورية الفلسطينية التي تشكلت عام 2016", "Palestinian constitutional court formed in 2016", "PS", ["المحكمة الدستورية العليا", "المحكمة الدستورية"]),
 B("tr-constitutional-court", "المحكمة الدستورية التركية", [], "Constitutional Court (Turkey)", COURT,
   "المحكمة الدستورية في تركيا", "Turkey's constitutional court", "TR", ["المحكمة الدستورية"]),
 B("il-supreme-court", "المحكمة العليا الإسرائيلية", [], "Supreme Court (Israel)", COURT, "أعلى محكمة في إسرائيل", "Israel's highest court", "IL", ["المحكمة العليا"]),
 B("ir-supreme-court", "المحكمة العليا الإيرانية", [], "Supreme Court (Iran)", COURT, "أعلى محكمة في إيران", "Iran's highest court", "IR", ["المحكمة العليا"]),
 B("ir-judiciary", "السلطة القضائية الإيرانية", ["القضاء الإيراني"], "Judiciary of Iran", COURT,
   "السلطة القضائية في إيران، يعين المرشد الأعلى رئيسها", "Iran's judiciary, whose head the Supreme Leader appoints", "IR", ["السلطة القضائية"]),

 # --- parties, movements and armed groups
 B("asaib-ahl-al-haq", "عصائب أهل الحق", ["حركة عصائب أهل الحق"], "Asa'ib Ahl al-Haq", ARMED,
   "فصيل مسلح عراقي موال لإيران يتزعمه قيس الخزعلي", "Iran-aligned Iraqi armed faction led by Qais al-Khazali", "IQ"),
 B("badr-organization", "منظمة بدر", [], "Badr Organization", ARMED,
   "تنظيم سياسي ومسلح عراقي يتزعمه هادي العامري", "Iraqi political and armed organisation led by Hadi al-Amiri", "IQ"),
 B("iq-dawa-party", "حزب الدعوة الإسلامية", ["حزب الدعوة"], "Islamic Dawa Party", PARTY,
   "حزب إسلامي شيعي عراقي ينتمي إليه نوري المالكي وحيدر العبادي", "Iraqi Shia Islamist party of Nouri al-Maliki and Haider al-Abadi", "IQ"),
 B("lb-psp", "الحزب التقدمي الاشتراكي", [], "Progressive Socialist Party (Lebanon)", PARTY,
   "حزب لبناني أسسه كمال جنبلاط عام 1949", "Lebanese party founded by Kamal Jumblatt in 1949", "LB"),
 B("pflp", "الجبهة الشعبية لتحرير فلسطين", [], "Popular Front for the Liberation of Palestine", PARTY,
   "فصيل فلسطيني يساري أسسه جورج حبش عام 1967", "Leftist Palestinian faction founded by George Habash in 1967", "PS", amb=["الجبهة الشعبية"]),
 B("dflp", "الجبهة الديمقراطية لتحرير فلسطين", [], "Democratic Front for the Liberation of Palestine", PARTY,
   "فصيل فلسطيني يساري انشق عن الجبهة الشعبية عام 1969", "Leftist Palestinian faction that split from the PFLP in 1969", "PS"),
 B("al-quds-brigades", "سرايا القدس", [], "Al-Quds Brigades", ARMED,
   "الجناح العسكري لحركة الجهاد الإسلامي في فلسطين", "Armed wing of Palestinian Islamic Jihad", "PS"),
 B("al-aqsa-martyrs-brigades", "كتائب شهداء الأقصى", [], "Al-Aqsa Martyrs' Brigades", ARMED,
   "مجموعات مسلحة فلسطينية مرتبطة بحركة فتح تشكلت عام 2000", "Palestinian armed groups linked to Fatah, formed in 2000", "PS"),
 B("tr-chp", "حزب الشعب الجمهوري", ["حزب الشعب الجمهوري التركي"], "Republican People's Party (Turkey)", PARTY,
   "أكبر أحزاب المعارضة التركية، أسسه مصطفى كمال أتاتورك", "Turkey's main opposition party, founded by Mustafa Kemal Atatürk", "TR"),
 B("tr-mhp", "حزب الحركة القومية", ["حزب الحركة القومية التركي"], "Nationalist Movement Party (Turkey)", PARTY,
   "حزب قومي تركي يتزعمه دولت بهتشلي", "Turkish nationalist party led by Devlet Bahçeli", "TR"),

 # --- news agencies, papers and channels
 B("lana", "وكالة الأنباء الليبية", [], "Libyan News Agency (LANA)", AGENCY, "وكالة الأنباء الرسمية الليبية", "Libya's official news agency", "LY"),
 B("sonna", "وكالة الأنباء الوطنية الصومالية", [], "Somali National News Agency (SONNA)", AGENCY, "وكالة الأنباء الرسمية الصومالية", "Somalia's official news agency", "SO"),
 B("fars-news", "وكالة فارس للأنباء", ["وكالة فارس"], "Fars News Agency", AGENCY, "وكالة أنباء إيرانية قريبة من الحرس الثوري", "Iranian news agency close to the Revolutionary Guards", "IR"),
 B("tasnim-news", "وكالة تسنيم للأنباء", ["وكالة تسنيم"], "Tasnim News Agency", AGENCY, "وكالة أنباء إيرانية قريبة من الحرس الثوري", "Iranian news agency close to the Revolutionary Guards", "IR"),
 B("mehr-news", "وكالة مهر للأنباء", ["وكالة مهر"], "Mehr News Agency", AGENCY, "وكالة أنباء إيرانية", "Iranian news agency", "IR"),
 B("isna", "وكالة أنباء الطلبة الإيرانية", ["وكالة إسنا"], "Iranian Students' News Agency (ISNA)", AGENCY, "وكالة أنباء إيرانية", "Iranian news agency", "IR"),
 B("kan-israel", "هيئة البث الإسرائيلية", ["هيئة البث الإسرائيلية كان"], "Israeli Public Broadcasting Corporation (Kan)", "broadcaster",
   "هيئة البث العامة في إسرائيل", "Israel's public broadcaster", "IL"),
 B("yedioth-ahronoth", "صحيفة يديعوت أحرونوت", ["يديعوت أحرونوت", "يديعوت أحرنوت"], "Yedioth Ahronoth", PAPER, "صحيفة يومية إسرائيلية", "Israeli daily", "IL"),
 B("maariv", "صحيفة معاريف", ["معاريف"], "Maariv", PAPER, "صحيفة يومية إسرائيلية", "Israeli daily", "IL"),
 B("jerusalem-post", "صحيفة جيروزاليم بوست", ["جيروزاليم بوست"], "The Jerusalem Post", PAPER, "صحيفة إسرائيلية تصدر بالإنجليزية", "Israeli English-language daily", "IL"),
 B("al-arabi-al-jadeed", "صحيفة العربي الجديد", ["موقع العربي الجديد"], "The New Arab (Al-Araby Al-Jadeed)", "news outlet",
   "مؤسسة إعلامية عربية مقرها لندن تأسست عام 2014", "London-based pan-Arab media outlet founded in 2014", "QA", amb=["العربي الجديد"]),
 B("al-rai-jo", "صحيفة الرأي الأردنية", ["الرأي الأردنية"], "Al Rai (Jordan)", PAPER, "صحيفة يومية أردنية", "Jordanian daily", "JO"),
 B("al-rai-kw", "صحيفة الرأي الكويتية", ["الرأي الكويتية"], "Al Rai (Kuwait)", PAPER, "صحيفة يومية كويتية", "Kuwaiti daily", "KW"),
 B("al-sharq-qa", "صحيفة الشرق القطرية", ["الشرق القطرية"], "Al Sharq (Qatar)", PAPER, "صحيفة يومية قطرية", "Qatari daily", "QA"),
 B("al-watan-qa", "صحيفة الوطن القطرية", ["الوطن القطرية"], "Al Watan (Qatar)", PAPER, "صحيفة يومية قطرية", "Qatari daily", "QA"),
 B("al-eqtisadiah", "صحيفة الاقتصادية", ["الاقتصادية السعودية"], "Al Eqtisadiah", PAPER, "صحيفة اقتصادية يومية سعودية", "Saudi economic daily", "SA"),
 B("al-ekhbariya", "قناة الإخبارية السعودية", ["الإخبارية السعودية"], "Al Ekhbariya", TV, "قناة إخبارية سعودية رسمية", "Saudi state news channel", "SA"),
 B("al-gomhuria", "صحيفة الجمهورية المصرية", ["الجمهورية المصرية"], "Al Gomhuria (Egypt)", PAPER, "صحيفة يومية مصرية حكومية", "Egyptian state-owned daily", "EG"),
 B("al-watan-eg", "صحيفة الوطن المصرية", ["الوطن المصرية"], "El Watan (Egypt)", PAPER, "صحيفة يومية مصرية", "Egyptian daily", "EG"),
 B("tishreen", "صحيفة تشرين", ["تشرين السورية"], "Tishreen (Syria)", PAPER, "صحيفة يومية سورية حكومية", "Syrian state-owned daily", "SY"),
 B("al-sabah-iq", "صحيفة الصباح العراقية", ["الصباح العراقية"], "Al-Sabah (Iraq)", PAPER, "صحيفة يومية عراقية حكومية", "Iraqi state-owned daily", "IQ"),
 B("echorouk-dz", "صحيفة الشروق الجزائرية", ["الشروق الجزائرية"], "Echorouk (Algeria)", PAPER, "صحيفة يومية جزائرية", "Algerian daily", "DZ"),
 B("al-sumaria", "قناة السومرية", ["السومرية نيوز"], "Al Sumaria", TV, "قناة تلفزيونية عراقية", "Iraqi television channel", "IQ"),
 B("trt-arabi", "تي آر تي عربي", ["قناة تي آر تي عربي"], "TRT Arabi", TV, "القناة العربية لهيئة الإذاعة والتلفزيون التركية", "Arabic channel of Turkey's public broadcaster", "TR"),
]

# Universities: (id, state, canonical, aliases, English, city ar, city en, kind) with kind
# "pub" (public), "priv" (private) or "" (not stated).
UNIS = [
 ("mansoura-university", "EG", "جامعة المنصورة", [], "Mansoura University", "المنصورة", "Mansoura", "pub"),
 ("assiut-university", "EG", "جامعة أسيوط", [], "Assiut University", "أسيوط", "Asyut", "pub"),
 ("helwan-university", "EG", "جامعة حلوان", [], "Helwan University", "القاهرة", "Cairo", "pub"),
 ("tanta-university", "EG", "جامعة طنطا", [], "Tanta University", "طنطا", "Tanta", "pub"),
 ("zagazig-university", "EG", "جامعة الزقازيق", [], "Zagazig University", "الزقازيق", "Zagazig", "pub"),
 ("benha-university", "EG", "جامعة بنها", [], "Benha University", "بنها", "Benha", "pub"),
 ("minia-university", "EG", "جامعة المنيا", [], "Minia University", "المنيا", "Minya", "pub"),
 ("sohag-university", "EG", "جامعة سوهاج", [], "Sohag University", "سوهاج", "Sohag", "pub"),
 ("bue", "EG", "الجامعة البريطانية في مصر", [], "British University in Egypt", "القاهرة", "Cairo", "priv"),
 ("guc", "EG", "الجامعة الألمانية بالقاهرة", ["الجامعة الألمانية في القاهرة"], "German University in Cairo", "القاهرة", "Cairo", "priv"),
 ("taibah-university", "SA", "جامعة طيبة", [], "Taibah University", "المدينة المنورة", "Medina", "pub"),
 ("iau-sa", "SA", "جامعة الإمام عبدالرحمن بن فيصل", ["جامعة الإمام عبد الرحمن بن فيصل"], "Imam Abdulrahman Bin Faisal University", "الدمام", "Dammam", "pub"),
 ("jazan-university", "SA", "جامعة جازان", [], "Jazan University", "جازان", "Jazan", "pub"),
 ("tabuk-university", "SA", "جامعة تبوك", [], "University of Tabuk", "تبوك", "Tabuk", "pub"),
 ("hail-university", "SA", "جامعة حائل", [], "University of Ha'il", "حائل", "Ha'il", "pub"),
 ("taif-university", "SA", "جامعة الطائف", [], "Taif University", "الطائف", "Taif", "pub"),
 ("najran-university", "SA", "جامعة نجران", [], "Najran University", "نجران", "Najran", "pub"),
 ("jouf-university", "SA", "جامعة الجوف", [], "Jouf University", "سكاكا", "Sakaka", "pub"),
 ("psu-sa", "SA", "جامعة الأمير سلطان", [], "Prince Sultan University", "الرياض", "Riyadh", "priv"),
 ("alfaisal-university", "SA", "جامعة الفيصل", [], "Alfaisal University", "الرياض", "Riyadh", "priv"),
 ("khalifa-university", "AE", "جامعة خليفة", ["جامعة خليفة للعلوم والتكنولوجيا"], "Khalifa University", "أبوظبي", "Abu Dhabi", "pub"),
 ("sharjah-university", "AE", "جامعة الشارقة", [], "University of Sharjah", "الشارقة", "Sharjah", ""),
 ("aus", "AE", "الجامعة الأمريكية في الشارقة", ["الجامعة الأميركية في الشارقة"], "American University of Sharjah", "الشارقة", "Sharjah", "priv"),
 ("zayed-university", "AE", "جامعة زايد", [], "Zayed University", "دبي", "Dubai", "pub"),
 ("nyuad", "AE", "جامعة نيويورك أبوظبي", [], "New York University Abu Dhabi", "أبوظبي", "Abu Dhabi", "priv"),
 ("hbku", "QA", "جامعة حمد بن خليفة", [], "Hamad Bin Khalifa University", "الدوحة", "Doha", ""),
 ("auk", "KW", "الجامعة الأمريكية في الكويت", ["الجامعة الأميركية في الكويت"], "American University of Kuwait", "مدينة الكويت", "Kuwait City", "priv"),
 ("yarmouk-university", "JO", "جامعة اليرموك", [], "Yarmouk University", "إربد", "Irbid", "pub"),
 ("just", "JO", "جامعة العلوم والتكنولوجيا الأردنية", [], "Jordan University of Science and Technology", "إربد", "Irbid", "pub"),
 ("mutah-university", "JO", "جامعة مؤتة", [], "Mutah University", "الكرك", "Karak", "pub"),
 ("hashemite-university", "JO", "الجامعة الهاشمية", [], "Hashemite University", "الزرقاء", "Zarqa", "pub"),
 ("lebanese-university", "LB", "الجامعة اللبنانية", [], "Lebanese University", "بيروت", "Beirut", "pub"),
 ("usj", "LB", "جامعة القديس يوسف", ["جامعة القديس يوسف في بيروت"], "Saint Joseph University of Beirut", "بيروت", "Beirut", "priv"),
 ("lau", "LB", "الجامعة اللبنانية الأمريكية", ["الجامعة اللبنانية الأميركية"], "Lebanese American University", "بيروت", "Beirut", "priv"),
 ("basra-university", "IQ", "جامعة البصرة", [], "University of Basrah", "البصرة", "Basra", "pub"),
 ("mosul-university", "IQ", "جامعة الموصل", [], "University of Mosul", "الموصل", "Mosul", "pub"),
 ("mustansiriyah-university", "IQ", "الجامعة المستنصرية", [], "Mustansiriyah University", "بغداد", "Baghdad", "pub"),
 ("kufa-university", "IQ", "جامعة الكوفة", [], "University of Kufa", "النجف", "Najaf", "pub"),
 ("salahaddin-university", "IQ", "جامعة صلاح الدين", [], "Salahaddin University", "أربيل", "Erbil", "pub"),
 ("aleppo-university", "SY", "جامعة حلب", [], "University of Aleppo", "حلب", "Aleppo", "pub"),
 ("tishreen-university", "SY", "جامعة تشرين", [], "Tishreen University", "اللاذقية", "Latakia", "pub"),
 ("an-najah-university", "PS", "جامعة النجاح الوطنية", ["جامعة النجاح"], "An-Najah National University", "نابلس", "Nablus", ""),
 ("iugaza", "PS", "الجامعة الإسلامية بغزة", ["الجامعة الإسلامية في غزة"], "Islamic University of Gaza", "غزة", "Gaza", ""),
 ("al-quds-university", "PS", "جامعة القدس", [], "Al-Quds University", "أبو ديس", "Abu Dis", ""),
 ("hebron-university", "PS", "جامعة الخليل", [], "Hebron University", "الخليل", "Hebron", ""),
 ("mohammed-v-university", "MA", "جامعة محمد الخامس", ["جامعة محمد الخامس بالرباط"], "Mohammed V University", "الرباط", "Rabat", "pub"),
 ("al-qarawiyyin", "MA", "جامعة القرويين", [], "University of al-Qarawiyyin", "فاس", "Fez", "pub"),
 ("hassan-ii-university", "MA", "جامعة الحسن الثاني", ["جامعة الحسن الثاني بالدار البيضاء"], "Hassan II University", "الدار البيضاء", "Casablanca", "pub"),
 ("cadi-ayyad-university", "MA", "جامعة القاضي عياض", [], "Cadi Ayyad University", "مراكش", "Marrakesh", "pub"),
 ("zitouna-university", "TN", "جامعة الزيتونة", [], "Ez-Zitouna University", "تونس", "Tunis", "pub"),
 ("tunis-el-manar", "TN", "جامعة تونس المنار", [], "University of Tunis El Manar", "تونس", "Tunis", "pub"),
 ("sfax-university", "TN", "جامعة صفاقس", [], "University of Sfax", "صفاقس", "Sfax", "pub"),
 ("usthb", "DZ", "جامعة هواري بومدين للعلوم والتكنولوجيا", [], "University of Science and Technology Houari Boumediene", "الجزائر العاصمة", "Algiers", "pub"),
 ("tripoli-university", "LY", "جامعة طرابلس", [], "University of Tripoli", "طرابلس", "Tripoli", "pub"),
 ("benghazi-university", "LY", "جامعة بنغازي", [], "University of Benghazi", "بنغازي", "Benghazi", "pub"),
 ("omdurman-islamic-university", "SD", "جامعة أم درمان الإسلامية", [], "Omdurman Islamic University", "أم درمان", "Omdurman", "pub"),
 ("sust", "SD", "جامعة السودان للعلوم والتكنولوجيا", [], "Sudan University of Science and Technology", "الخرطوم", "Khartoum", "pub"),
 ("sanaa-university", "YE", "جامعة صنعاء", [], "Sana'a University", "صنعاء", "Sanaa", "pub"),
 ("aden-university", "YE", "جامعة عدن", [], "University of Aden", "عدن", "Aden", "pub"),
 ("bahrain-university", "BH", "جامعة البحرين", [], "University of Bahrain", "الصخير", "Sakhir", "pub"),
 ("nouakchott-university", "MR", "جامعة نواكشوط", [], "University of Nouakchott", "نواكشوط", "Nouakchott", "pub"),
 ("tehran-university", "IR", "جامعة طهران", [], "University of Tehran", "طهران", "Tehran", "pub"),
 ("sharif-university", "IR", "جامعة شريف للتكنولوجيا", [], "Sharif University of Technology", "طهران", "Tehran", "pub"),
 ("istanbul-university", "TR", "جامعة إسطنبول", [], "Istanbul University", "إسطنبول", "Istanbul", "pub"),
 ("ankara-university", "TR", "جامعة أنقرة", [], "Ankara University", "أنقرة", "Ankara", "pub"),
 ("metu", "TR", "جامعة الشرق الأوسط التقنية", [], "Middle East Technical University", "أنقرة", "Ankara", "pub"),
 ("hebrew-university", "IL", "الجامعة العبرية في القدس", ["الجامعة العبرية"], "Hebrew University of Jerusalem", "القدس", "Jerusalem", ""),
 ("tel-aviv-university", "IL", "جامعة تل أبيب", [], "Tel Aviv University", "تل أبيب", "Tel Aviv", "pub"),
 ("technion", "IL", "معهد التخنيون", ["التخنيون", "معهد إسرائيل للتكنولوجيا"], "Technion – Israel Institute of Technology", "حيفا", "Haifa", "pub"),
 ("harvard", "US", "جامعة هارفارد", [], "Harvard University", "كامبريدج", "Cambridge, Massachusetts", "priv"),
 ("stanford", "US", "جامعة ستانفورد", [], "Stanford University", "ستانفورد", "Stanford, California", "priv"),
 ("mit", "US", "معهد ماساتشوستس للتكنولوجيا", [], "Massachusetts Institute of Technology", "كامبريدج", "Cambridge, Massachusetts", "priv"),
 ("columbia-university", "US", "جامعة كولومبيا", [], "Columbia University", "نيويورك", "New York", "priv"),
 ("oxford", "GB", "جامعة أكسفورد", [], "University of Oxford", "أكسفورد", "Oxford", ""),
 ("cambridge-university", "GB", "جامعة كامبريدج", [], "University of Cambridge", "كامبريدج", "Cambridge", ""),
]
_UNI_KIND = {"pub": ("جامعة حكومية", "Public university"), "priv": ("جامعة خاصة", "Private university"), "": ("جامعة", "University")}


def universities(rows, cnames):
    """University entries from rows (id, code, ar, aliases, en, city_ar, city_en, kind)."""
    out = []
    for uid, code, ar, aliases, en, city_ar, city_en, kind in rows:
        k_ar, k_en = _UNI_KIND[kind]
        cid = f"country-{code.lower()}"
        out.append(O(uid, ar, aliases, en, "university", f"{k_ar} في {city_ar} ({cnames[cid]})", f"{k_en} in {city_en}", cid))
    return out


CO, BANK = "company", "bank"
COMPANIES = [
 O("alinma-bank", "مصرف الإنماء", ["بنك الإنماء"], "Alinma Bank", BANK, "مصرف إسلامي سعودي", "Saudi Islamic bank", "country-sa"),
 O("banque-saudi-fransi", "البنك السعودي الفرنسي", [], "Banque Saudi Fransi", BANK, "مصرف سعودي", "Saudi bank", "country-sa"),
 O("sab", "البنك السعودي الأول", [], "Saudi Awwal Bank (SAB)", BANK, "مصرف سعودي، البنك السعودي البريطاني سابقا", "Saudi bank, formerly the Saudi British Bank", "country-sa"),
 O("bank-albilad", "بنك البلاد", [], "Bank Albilad", BANK, "مصرف إسلامي سعودي", "Saudi Islamic bank", "country-sa"),
 O("anb", "البنك العربي الوطني", [], "Arab National Bank", BANK, "مصرف سعودي", "Saudi bank", "country-sa"),
 O("sec", "الشركة السعودية للكهرباء", ["شركة الكهرباء السعودية"], "Saudi Electricity Company", CO, "شركة الكهرباء الرئيسية في السعودية", "Saudi Arabia's main power utility", "country-sa"),
 O("savola", "مجموعة صافولا", ["صافولا"], "Savola Group", CO, "مجموعة أغذية وتجزئة سعودية", "Saudi food and retail group", "country-sa"),
 O("kingdom-holding", "شركة المملكة القابضة", ["المملكة القابضة"], "Kingdom Holding Company", CO, "شركة استثمار سعودية", "Saudi investment company", "country-sa"),
 O("dar-al-arkan", "دار الأركان", ["شركة دار الأركان"], "Dar Al Arkan", CO, "شركة تطوير عقاري سعودية", "Saudi property developer", "country-sa"),
 O("flyadeal", "طيران أديل", [], "flyadeal", CO, "شركة طيران سعودية منخفضة التكلفة", "Saudi low-cost airline", "country-sa"),
 O("emirates-nbd", "بنك الإمارات دبي الوطني", [], "Emirates NBD", BANK, "مصرف إماراتي مقره دبي", "Dubai-based Emirati bank", "country-ae"),
 O("fab", "بنك أبوظبي الأول", [], "First Abu Dhabi Bank", BANK, "أكبر مصرف إماراتي", "The UAE's largest bank", "country-ae"),
 O("adcb", "بنك أبوظبي التجاري", [], "Abu Dhabi Commercial Bank", BANK, "مصرف إماراتي مقره أبوظبي", "Abu Dhabi-based Emirati bank", "country-ae"),
 O("dib", "بنك دبي الإسلامي", [], "Dubai Islamic Bank", BANK, "مصرف إسلامي إماراتي", "Emirati Islamic bank", "country-ae"),
 O("adib", "مصرف أبوظبي الإسلامي", [], "Abu Dhabi Islamic Bank", BANK, "مصرف إسلامي إماراتي", "Emirati Islamic bank", "country-ae"),
 O("aldar", "الدار العقارية", ["شركة الدار العقارية"], "Aldar Properties", CO, "شركة تطوير عقاري مقرها أبوظبي", "Abu Dhabi property developer", "country-ae"),
 O("ihc", "الشركة العالمية القابضة", [], "International Holding Company", CO, "شركة قابضة مقرها أبوظبي", "Abu Dhabi holding company", "country-ae"),
 O("ad-ports", "مجموعة موانئ أبوظبي", ["موانئ أبوظبي"], "AD Ports Group", CO, "شركة موانئ ولوجستيات في أبوظبي", "Abu Dhabi ports and logistics company", "country-ae"),
 O("taqa", "شركة أبوظبي الوطنية للطاقة", [], "Abu Dhabi National Energy Company (TAQA)", CO, "شركة طاقة ومياه مقرها أبوظبي", "Abu Dhabi energy and water company", "country-ae"),
 O("air-arabia", "العربية للطيران", [], "Air Arabia", CO, "شركة طيران منخفضة التكلفة مقرها الشارقة", "Sharjah-based low-cost airline", "country-ae"),
 O("flydubai", "فلاي دبي", [], "flydubai", CO, "شركة طيران منخفضة التكلفة مقرها دبي", "Dubai-based low-cost airline", "country-ae"),
 O("majid-al-futtaim", "ماجد الفطيم", ["مجموعة ماجد الفطيم"], "Majid Al Futtaim", CO, "مجموعة تجزئة وعقارات إماراتية", "Emirati retail and property group", "country-ae"),
 O("qib", "مصرف قطر الإسلامي", [], "Qatar Islamic Bank", BANK, "مصرف إسلامي قطري", "Qatari Islamic bank", "country-qa"),
 O("doha-bank", "بنك الدوحة", [], "Doha Bank", BANK, "مصرف قطري", "Qatari bank", "country-qa"),
 O("masraf-al-rayan", "مصرف الريان", [], "Masraf Al Rayan", BANK, "مصرف إسلامي قطري", "Qatari Islamic bank", "country-qa"),
 O("qatari-diar", "شركة الديار القطرية", ["الديار القطرية"], "Qatari Diar", CO, "شركة عقارية قطرية", "Qatari property company", "country-qa"),
 O("industries-qatar", "صناعات قطر", [], "Industries Qatar", CO, "شركة قطرية للبتروكيماويات والأسمدة والحديد", "Qatari petrochemicals, fertiliser and steel company", "country-qa"),
 O("kfh", "بيت التمويل الكويتي", [], "Kuwait Finance House", BANK, "مصرف إسلامي كويتي", "Kuwaiti Islamic bank", "country-kw"),
 O("boubyan-bank", "بنك بوبيان", [], "Boubyan Bank", BANK, "مصرف إسلامي كويتي", "Kuwaiti Islamic bank", "country-kw"),
 O("koc", "شركة نفط الكويت", [], "Kuwait Oil Company", CO, "شركة إنتاج النفط التابعة لمؤسسة البترول الكويتية", "Oil producer of the Kuwait Petroleum Corporation", "country-kw"),
 O("agility", "أجيليتي", ["مجموعة أجيليتي"], "Agility", CO, "شركة لوجستيات كويتية", "Kuwaiti logistics company", "country-kw"),
 O("kuwait-airways", "الخطوط الجوية الكويتية", [], "Kuwait Airways", CO, "شركة الطيران الوطنية الكويتية", "Kuwait's national airline", "country-kw"),
 O("jazeera-airways", "طيران الجزيرة", [], "Jazeera Airways", CO, "شركة طيران كويتية منخفضة التكلفة", "Kuwaiti low-cost airline", "country-kw"),
 O("alba", "ألمنيوم البحرين", ["شركة ألمنيوم البحرين", "ألبا"], "Aluminium Bahrain (Alba)", CO, "شركة ألمنيوم بحرينية", "Bahraini aluminium company", "country-bh"),
 O("batelco", "بتلكو", ["شركة البحرين للاتصالات"], "Batelco", CO, "شركة اتصالات بحرينية", "Bahraini telecom company", "country-bh"),
 O("bank-muscat", "بنك مسقط", [], "Bank Muscat", BANK, "أكبر مصرف عماني", "Oman's largest bank", "country-om"),
 O("omantel", "عمانتل", ["الشركة العمانية للاتصالات"], "Omantel", CO, "شركة اتصالات عمانية", "Omani telecom company", "country-om"),
 O("efg-hermes", "إي إف جي هيرميس", ["المجموعة المالية هيرميس"], "EFG Hermes", CO, "بنك استثمار مصري", "Egyptian investment bank", "country-eg"),
 O("fawry", "شركة فوري", [], "Fawry", CO, "شركة مدفوعات إلكترونية مصرية", "Egyptian electronic payments company", "country-eg"),
 O("ezz-steel", "حديد عز", ["شركة حديد عز", "مجموعة عز"], "Ezz Steel", CO, "شركة حديد وصلب مصرية", "Egyptian steel company", "country-eg"),
 O("eastern-company", "الشرقية للدخان", ["الشركة الشرقية للدخان", "إيسترن كومباني"], "Eastern Company", CO, "شركة تبغ مصرية", "Egyptian tobacco company", "country-eg"),
 O("banque-du-caire", "بنك القاهرة", [], "Banque du Caire", BANK, "مصرف حكومي مصري", "Egyptian state bank", "country-eg"),
 O("egpc", "الهيئة المصرية العامة للبترول", ["هيئة البترول المصرية"], "Egyptian General Petroleum Corporation", CO, "هيئة النفط الحكومية في مصر", "Egypt's state oil corporation", "country-eg"),
 O("egas", "الشركة المصرية القابضة للغازات الطبيعية", ["إيجاس"], "Egyptian Natural Gas Holding Company (EGAS)", CO, "شركة الغاز الحكومية في مصر", "Egypt's state gas company", "country-eg"),
 O("vodafone-egypt", "فودافون مصر", [], "Vodafone Egypt", CO, "شركة اتصالات في مصر", "Telecom company in Egypt", "country-eg"),
 O("palm-hills", "بالم هيلز للتعمير", ["بالم هيلز"], "Palm Hills Developments", CO, "شركة تطوير عقاري مصرية", "Egyptian property developer", "country-eg"),
]


# The government, foreign ministry and armed forces of the other UN members that have a
# nisba in countries_extra (the G20, Arab League, Iran, Israel, Ukraine and North Korea are
# generated in curated_orgs.py). Left out: Mali (المالية is also "financial"), the Vatican,
# and no army for Andorra and Haiti (none, or only a nascent one).
WORLD_SKIP = {"ML", "VA", "XK", "TW", "EH", "PS"}
NO_ARMY = {"AD", "HT"}
# Interior, finance, health and justice ministries of states often in Arab news, where the
# state has a ministry of that name (China and Japan have no interior ministry).
WORLD_MINISTRIES = {"RU": ["moi", "mof", "moh", "moj"], "DE": ["moi", "mof", "moh", "moj"],
                    "IT": ["moi", "mof", "moh", "moj"], "UA": ["moi", "mof", "moh", "moj"],
                    "GB": ["moi", "moh", "moj"], "IN": ["moi", "mof", "moh"], "CN": ["mof", "moh", "moj"],
                    "JP": ["mof", "moj"], "FR": ["moi", "moh", "moj"]}
_MIN_WORDS = {"moi": ("الداخلية", "Interior"), "mof": ("المالية", "Finance"), "moh": ("الصحة", "Health"),
              "moj": ("العدل", "Justice")}


def _world_bodies():
    out = []
    for code in sorted(CX.EXTRA):
        if CX.EXTRA[code] is None or code in WORLD_SKIP or code in CX.TERRITORIES or code in CX.G20 | CX.ARAB_LEAGUE | {"IL", "IR", "UA", "KP"}:
            continue
        d = _demonym(code)
        if not d:
            continue
        masc, fem = d
        en, pre, cid = CX.EXTRA[code][0], code.lower(), f"country-{code.lower()}"
        out.append(O(f"{pre}-government", f"الحكومة {fem}", [], f"Government of {en}", "government",
                     "الحكومة في {c}", f"Government of {en}", cid))
        out.append(O(f"{pre}-mfa", f"وزارة الخارجية {fem}", [f"الخارجية {fem}"], f"Ministry of Foreign Affairs ({en})",
                     MIN, "وزارة الخارجية في {c}", f"Foreign ministry of {en}", cid))
        if code not in NO_ARMY:
            out.append(O(f"{pre}-army", f"الجيش {masc}", [f"القوات المسلحة {fem}"], f"Armed forces of {en}",
                         "armed force", "القوات المسلحة في {c}", f"Armed forces of {en}", cid))
    for code, keys in sorted(WORLD_MINISTRIES.items()):
        _, fem = _demonym(code)
        en, pre, cid = CX.EXTRA[code][0], code.lower(), f"country-{code.lower()}"
        for key in keys:
            ar, en_word = _MIN_WORDS[key]
            out.append(O(f"{pre}-{key}", f"وزارة {ar} {fem}", [], f"Ministry of {en_word} ({en})", MIN,
                         f"وزارة {ar} في {{c}}", f"{en_word} ministry of {en}", cid))
    return out


# Generic names of entries defined in the other files (by id).
EXTRA = {
    "sa-shura": ["مجلس الشورى"], "qa-shura": ["مجلس الشورى"], "bh-shura": ["مجلس الشورى"],
    "ye-shura": ["مجلس الشورى"], "eg-shura-council": ["مجلس الشورى"], "iran-majlis": ["مجلس الشورى", "البرلمان"],
    "eg-house": ["مجلس النواب", "البرلمان"], "eg-peoples-assembly": ["مجلس الشعب", "البرلمان"],
    "iq-parliament": ["مجلس النواب", "البرلمان"],
    "lb-parliament": ["مجلس النواب", "البرلمان"], "ye-parliament": ["مجلس النواب", "البرلمان"],
    "ly-hor": ["مجلس النواب", "البرلمان"], "ma-house": ["مجلس النواب", "البرلمان"],
    "bh-house": ["مجلس النواب", "البرلمان"], "jo-parliament": ["مجلس الأمة", "البرلمان", "مجلس النواب"],
    "jo-senate": ["مجلس الأعيان"], "kw-assembly": ["مجلس الأمة", "البرلمان"],
    "dz-council-of-nation": ["مجلس الأمة"], "dz-apn": ["البرلمان"],
    "ma-house-of-councillors": ["مجلس المستشارين"], "sy-parliament": ["مجلس الشعب", "البرلمان"],
    "tn-arp": ["البرلمان"], "tr-parliament": ["البرلمان"], "knesset": ["البرلمان"],
    "ps-plc": ["المجلس التشريعي"],
    "ps-pnc": ["المجلس الوطني"],
    "ps-monetary-authority": ["سلطة النقد"],
    "eg-supreme-constitutional-court": ["المحكمة الدستورية العليا", "المحكمة الدستورية"],
    "eg-court-of-cassation": ["محكمة النقض"], "eg-state-council": ["مجلس الدولة"],
    "iq-federal-supreme-court": ["المحكمة الاتحادية العليا", "المحكمة الاتحادية"],
    "kw-constitutional-court": ["المحكمة الدستورية"], "sa-supreme-court": ["المحكمة العليا"],
    "sa-energy-ministry": ["وزارة الطاقة"], "eg-petroleum-ministry": ["وزارة البترول"],
    "kw-oil-ministry": ["وزارة النفط"], "iq-oil-ministry": ["وزارة النفط"], "ir-oil-ministry": ["وزارة النفط"],
    "ae-energy-ministry": ["وزارة الطاقة", "وزارة الطاقة والبنية التحتية"], "dz-energy-ministry": ["وزارة الطاقة"],
    "sa-education-ministry": ["وزارة التعليم"], "eg-education-ministry": ["وزارة التربية والتعليم", "وزارة التعليم"],
    "sa-media-ministry": ["وزارة الإعلام"], "sa-economy-ministry": ["وزارة الاقتصاد", "وزارة الاقتصاد والتخطيط"],
    "sa-municipal-ministry": ["وزارة الشؤون البلدية"],
}

# Aliases for entries defined in the other files.
EXTRA_ALIASES = {
    "ma-mof": ["وزارة الاقتصاد والمالية المغربية"],
}


def entities(cnames):
    out = []
    for e in _non_arab_ministries() + _ministries() + BODIES + universities(UNIS, cnames) + COMPANIES + _world_bodies():
        e = dict(e)
        if "{c}" in e["description_ar"]:
            e["description_ar"] = e["description_ar"].replace("{c}", cnames[e["country"]])
        out.append(e)
    return out


STATE_IDS = {f"country-{c.lower()}" for c in STATES}


def add_generic_names(ents):
    """Set `generic_names` on the bodies of the 25 states from GENERIC and EXTRA, and the
    extra aliases. Fails on an EXTRA id that does not exist."""
    by_id = {e["id"]: e for e in ents}
    for eid, names in list(EXTRA.items()) + list(EXTRA_ALIASES.items()):
        if eid not in by_id:
            raise SystemExit(f"curated_states: unknown id {eid}")
    for e in ents:
        if not (e.get("country") or "").startswith("country-") or e["type"] != "organization":
            continue
        cc, _, suffix = e["id"].partition("-")
        generic = list(e.get("generic_names", []))
        if cc == e["country"][len("country-"):]:
            generic += GENERIC.get(suffix, [])
        generic += EXTRA.get(e["id"], [])
        e["generic_names"] = generic
        e["aliases"] = list(e.get("aliases", [])) + EXTRA_ALIASES.get(e["id"], [])
