"""Governments, ministries, central banks, parliaments, courts, parties, armed groups, public
bodies, universities, news media and companies of the Arab states (written by the isnad team
from general knowledge; see SOURCES.md). Only facts the team is sure of; dates only where
certain. A generic name (مجلس الوزراء، وزارة الداخلية، المحكمة الدستورية العليا) is never a
plain alias of one country's body: it is context-only or absent.
"""
import countries_extra as CX
from curated_orgs import O, _demonym

ARAB = sorted(CX.ARAB_LEAGUE)

# Ministries every Arab League state has, named in news as «وزارة X + nisba».
# (key, Arabic, English, states left out: no single such ministry or a contested one)
MINISTRIES = [
    ("moi", "الداخلية", "Interior", {"PS"}),   # PS: Ramallah and Gaza interior ministries
    ("mof", "المالية", "Finance", set()),
    ("moh", "الصحة", "Health", {"PS"}),        # PS: Ramallah and Gaza health ministries
    ("moj", "العدل", "Justice", set()),
]


def generated():
    out = []
    for code in ARAB:
        d = _demonym(code)
        if not d:
            continue
        masc, fem = d
        en = CX.EXTRA[code][0]
        cid = "country-" + code.lower()
        pre = code.lower()
        for key, ar, en_word, skip in MINISTRIES:
            if code in skip:
                continue
            out.append(O(f"{pre}-{key}", f"وزارة {ar} {fem}", [f"{ar} {fem}"] if key == "moi" else [],
                         f"Ministry of {en_word} ({en})", "ministry", f"وزارة {ar} في {{c}}",
                         f"{en_word} ministry of {en}", cid))
        out.append(O(f"{pre}-cabinet", f"مجلس الوزراء {masc}", [], f"Council of Ministers ({en})", "cabinet",
                     f"مجلس الوزراء في {{c}}", f"Cabinet of {en}", cid))
    return out


SA, EG, IQ, SY, JO, LB, KW, AE, QA, BH, OM, YE = (f"country-{c}" for c in
                                                  "sa eg iq sy jo lb kw ae qa bh om ye".split())
LY, TN, DZ, MA, SD, MR, SO, DJ, KM, PS, IR, TR = (f"country-{c}" for c in
                                                  "ly tn dz ma sd mr so dj km ps ir tr".split())
CB, PARL, COURT, PARTY, ARMED, BODY, UNI, AGENCY, PAPER, TV, CO, BANK, MIN = (
    "central bank", "parliament", "court", "party", "armed group", "government agency", "university",
    "news agency", "newspaper", "television channel", "company", "bank", "ministry")

ORGS = [
 # --- central banks
 O("sa-central-bank", "البنك المركزي السعودي", ["مؤسسة النقد العربي السعودي"], "Saudi Central Bank (SAMA)", CB,
   "البنك المركزي في السعودية، عُرف حتى 2020 باسم مؤسسة النقد العربي السعودي", "Saudi Arabia's central bank; Saudi Arabian Monetary Authority until 2020", SA, amb=["ساما"]),
 O("eg-central-bank", "البنك المركزي المصري", [], "Central Bank of Egypt", CB, "البنك المركزي في مصر", "Egypt's central bank", EG),
 O("ae-central-bank", "مصرف الإمارات العربية المتحدة المركزي", ["المصرف المركزي الإماراتي", "البنك المركزي الإماراتي"], "Central Bank of the UAE", CB,
   "البنك المركزي في الإمارات", "The UAE's central bank", AE),
 O("kw-central-bank", "بنك الكويت المركزي", [], "Central Bank of Kuwait", CB, "البنك المركزي في الكويت", "Kuwait's central bank", KW),
 O("qa-central-bank", "مصرف قطر المركزي", [], "Qatar Central Bank", CB, "البنك المركزي في قطر", "Qatar's central bank", QA),
 O("bh-central-bank", "مصرف البحرين المركزي", [], "Central Bank of Bahrain", CB, "البنك المركزي في البحرين", "Bahrain's central bank", BH),
 O("om-central-bank", "البنك المركزي العماني", [], "Central Bank of Oman", CB, "البنك المركزي في عمان", "Oman's central bank", OM),
 O("iq-central-bank", "البنك المركزي العراقي", [], "Central Bank of Iraq", CB, "البنك المركزي في العراق", "Iraq's central bank", IQ),
 O("sy-central-bank", "مصرف سوريا المركزي", ["مصرف سورية المركزي"], "Central Bank of Syria", CB, "البنك المركزي في سوريا", "Syria's central bank", SY),
 O("lb-central-bank", "مصرف لبنان", ["البنك المركزي اللبناني", "مصرف لبنان المركزي"], "Banque du Liban", CB, "البنك المركزي في لبنان", "Lebanon's central bank", LB),
 O("jo-central-bank", "البنك المركزي الأردني", [], "Central Bank of Jordan", CB, "البنك المركزي في الأردن", "Jordan's central bank", JO),
 O("ps-monetary-authority", "سلطة النقد الفلسطينية", [], "Palestine Monetary Authority", CB,
   "السلطة النقدية الفلسطينية بمهام البنك المركزي", "Palestinian monetary authority with central-bank functions", PS),
 O("ye-central-bank", "البنك المركزي اليمني", [], "Central Bank of Yemen", CB, "البنك المركزي في اليمن", "Yemen's central bank", YE),
 O("ly-central-bank", "مصرف ليبيا المركزي", ["المصرف المركزي الليبي"], "Central Bank of Libya", CB, "البنك المركزي في ليبيا", "Libya's central bank", LY),
 O("tn-central-bank", "البنك المركزي التونسي", [], "Central Bank of Tunisia", CB, "البنك المركزي في تونس", "Tunisia's central bank", TN),
 O("dz-central-bank", "بنك الجزائر", ["البنك المركزي الجزائري"], "Bank of Algeria", CB, "البنك المركزي في الجزائر", "Algeria's central bank", DZ),
 O("ma-central-bank", "بنك المغرب", ["البنك المركزي المغربي"], "Bank Al-Maghrib", CB, "البنك المركزي في المغرب", "Morocco's central bank", MA),
 O("sd-central-bank", "بنك السودان المركزي", [], "Central Bank of Sudan", CB, "البنك المركزي في السودان", "Sudan's central bank", SD),
 O("mr-central-bank", "البنك المركزي الموريتاني", [], "Central Bank of Mauritania", CB, "البنك المركزي في موريتانيا", "Mauritania's central bank", MR),
 O("so-central-bank", "البنك المركزي الصومالي", [], "Central Bank of Somalia", CB, "البنك المركزي في الصومال", "Somalia's central bank", SO),
 O("ir-central-bank", "البنك المركزي الإيراني", [], "Central Bank of Iran", CB, "البنك المركزي في إيران", "Iran's central bank", IR),
 O("tr-central-bank", "البنك المركزي التركي", [], "Central Bank of the Republic of Turkey", CB, "البنك المركزي في تركيا", "Turkey's central bank", TR),

 # --- parliaments and councils (historical names as their own entries)
 O("eg-peoples-assembly", "مجلس الشعب المصري", [], "People's Assembly (Egypt)", PARL,
   "الغرفة الأولى للبرلمان المصري بين 1971 و2012", "Egypt's lower house of parliament 1971–2012", EG),
 O("eg-shura-council", "مجلس الشورى المصري", [], "Shura Council (Egypt)", PARL,
   "الغرفة الثانية للبرلمان المصري حتى إلغائها بدستور 2014", "Egypt's upper house until the 2014 constitution abolished it", EG),
 O("eg-senate", "مجلس الشيوخ المصري", [], "Senate (Egypt)", PARL, "الغرفة الثانية للبرلمان المصري منذ 2020", "Egypt's upper house since 2020", EG),
 O("eg-scaf", "المجلس الأعلى للقوات المسلحة", ["المجلس العسكري المصري", "المجلس الأعلى للقوات المسلحة المصرية"], "Supreme Council of the Armed Forces (Egypt)", "military council",
   "أعلى هيئة عسكرية في مصر، تولت إدارة البلاد بين 2011 و2012", "Egypt's highest military body; ruled the country 2011–2012", EG),
 O("dz-council-of-nation", "مجلس الأمة الجزائري", [], "Council of the Nation (Algeria)", PARL, "الغرفة العليا للبرلمان الجزائري", "Algeria's upper house", DZ),
 O("ma-house-of-councillors", "مجلس المستشارين المغربي", [], "House of Councillors (Morocco)", PARL, "الغرفة الثانية للبرلمان المغربي", "Morocco's upper house", MA),
 O("jo-senate", "مجلس الأعيان الأردني", [], "Senate (Jordan)", PARL, "الغرفة العليا لمجلس الأمة الأردني", "Upper house of Jordan's parliament", JO),
 O("bh-shura", "مجلس الشورى البحريني", [], "Shura Council (Bahrain)", PARL, "الغرفة المعينة في البرلمان البحريني", "Appointed chamber of Bahrain's parliament", BH),
 O("ly-high-council-of-state", "المجلس الأعلى للدولة الليبي", ["المجلس الأعلى للدولة في ليبيا"], "High Council of State (Libya)", "council",
   "مجلس استشاري ليبي مقره طرابلس", "Libyan consultative council based in Tripoli", LY),
 O("ye-shura", "مجلس الشورى اليمني", [], "Shura Council (Yemen)", PARL, "الغرفة الاستشارية في اليمن", "Yemen's consultative chamber", YE),
 O("ps-pnc", "المجلس الوطني الفلسطيني", [], "Palestinian National Council", PARL, "الهيئة التشريعية لمنظمة التحرير الفلسطينية", "Legislature of the PLO", PS),
 O("ir-guardian-council", "مجلس صيانة الدستور", ["مجلس صيانة الدستور الإيراني", "مجلس الرقابة على الدستور في إيران"], "Guardian Council (Iran)", "council",
   "هيئة إيرانية تراقب القوانين والانتخابات", "Iranian body vetting laws and candidates", IR),
 O("ir-assembly-of-experts", "مجلس خبراء القيادة", ["مجلس الخبراء الإيراني"], "Assembly of Experts (Iran)", "council",
   "هيئة إيرانية منتخبة تختار المرشد الأعلى", "Elected Iranian body that chooses the Supreme Leader", IR),
 O("ir-expediency-council", "مجمع تشخيص مصلحة النظام", [], "Expediency Discernment Council (Iran)", "council",
   "هيئة استشارية للمرشد الأعلى في إيران", "Advisory body to Iran's Supreme Leader", IR),

 # --- courts
 O("eg-supreme-constitutional-court", "المحكمة الدستورية العليا المصرية", ["المحكمة الدستورية العليا في مصر", "المحكمة الدستورية المصرية"],
   "Supreme Constitutional Court (Egypt)", COURT, "أعلى محكمة دستورية في مصر", "Egypt's highest constitutional court", EG,
   amb=["المحكمة الدستورية العليا"]),
 O("eg-court-of-cassation", "محكمة النقض المصرية", ["محكمة النقض في مصر"], "Court of Cassation (Egypt)", COURT,
   "أعلى محكمة في القضاء العادي المصري", "Egypt's highest ordinary court", EG),
 O("eg-state-council", "مجلس الدولة المصري", [], "Council of State (Egypt)", COURT, "جهة القضاء الإداري في مصر", "Egypt's administrative judiciary", EG),
 O("iq-federal-supreme-court", "المحكمة الاتحادية العليا العراقية", ["المحكمة الاتحادية العليا في العراق", "المحكمة الاتحادية العراقية"],
   "Federal Supreme Court (Iraq)", COURT, "أعلى محكمة في العراق تفصل في المسائل الدستورية", "Iraq's highest court on constitutional matters", IQ,
   amb=["المحكمة الاتحادية العليا", "المحكمة الاتحادية"]),
 O("kw-constitutional-court", "المحكمة الدستورية الكويتية", ["المحكمة الدستورية في الكويت"], "Constitutional Court (Kuwait)", COURT,
   "المحكمة المختصة بالفصل في دستورية القوانين في الكويت", "Kuwait's constitutional court", KW),
 O("sa-supreme-court", "المحكمة العليا السعودية", ["المحكمة العليا في السعودية"], "Supreme Court (Saudi Arabia)", COURT,
   "أعلى محكمة في السعودية", "Saudi Arabia's highest court", SA),

 # --- parties, movements and armed groups
 O("eg-freedom-and-justice-party", "حزب الحرية والعدالة", ["حزب الحرية والعدالة المصري"], "Freedom and Justice Party (Egypt)", PARTY,
   "حزب مصري أسسته جماعة الإخوان المسلمين عام 2011 وحُلّ عام 2014", "Egyptian party founded by the Muslim Brotherhood in 2011, dissolved in 2014", EG),
 O("eg-nour-party", "حزب النور", ["حزب النور السلفي"], "Al-Nour Party (Egypt)", PARTY, "حزب سلفي مصري تأسس عام 2011", "Egyptian Salafist party founded in 2011", EG),
 O("eg-wafd-party", "حزب الوفد", ["حزب الوفد الجديد"], "Wafd Party (Egypt)", PARTY, "حزب ليبرالي مصري", "Egyptian liberal party", EG),
 O("eg-mostaqbal-watan", "حزب مستقبل وطن", [], "Nation's Future Party (Egypt)", PARTY, "حزب مصري صاحب أكبر كتلة في مجلس النواب منذ 2020", "Egyptian party with the largest bloc in parliament since 2020", EG),
 O("eg-ndp", "الحزب الوطني الديمقراطي", ["الحزب الوطني الديمقراطي المصري", "الحزب الوطني المنحل"], "National Democratic Party (Egypt)", PARTY,
   "الحزب الحاكم في مصر في عهد حسني مبارك، حُلّ عام 2011", "Egypt's ruling party under Hosni Mubarak, dissolved in 2011", EG),
 O("free-syrian-army", "الجيش السوري الحر", ["الجيش الحر"], "Free Syrian Army", ARMED,
   "فصائل المعارضة السورية المسلحة التي تشكلت عام 2011 ضد نظام الأسد", "Syrian armed opposition factions formed in 2011 against the Assad government", SY),
 O("syrian-national-army", "الجيش الوطني السوري", [], "Syrian National Army", ARMED,
   "تحالف فصائل سورية معارضة مدعوم من تركيا في شمال سوريا", "Turkish-backed coalition of Syrian opposition factions in northern Syria", SY),
 O("sy-baath-party", "حزب البعث العربي الاشتراكي", ["حزب البعث", "حزب البعث السوري"], "Arab Socialist Baath Party (Syria)", PARTY,
   "الحزب الحاكم في سوريا من 1963 حتى سقوط نظام الأسد عام 2024", "Syria's ruling party from 1963 until the fall of Assad in 2024", SY),
 O("nusra-front", "جبهة النصرة", ["جبهة فتح الشام"], "Al-Nusra Front", ARMED,
   "فرع تنظيم القاعدة في سوريا منذ 2012، أصبح جبهة فتح الشام عام 2016 ثم اندمج في هيئة تحرير الشام", "Al-Qaeda's Syrian branch from 2012; renamed 2016, then merged into HTS", SY),
 O("ypg", "وحدات حماية الشعب", ["وحدات حماية الشعب الكردية"], "People's Protection Units (YPG)", ARMED,
   "فصيل كردي مسلح في شمال سوريا، عماد قوات سوريا الديمقراطية", "Kurdish armed group in northern Syria, core of the SDF", SY),
 O("pyd", "حزب الاتحاد الديمقراطي", ["حزب الاتحاد الديمقراطي الكردي"], "Democratic Union Party (PYD)", PARTY, "حزب كردي سوري", "Syrian Kurdish party", SY),
 O("iq-pmf", "الحشد الشعبي", ["هيئة الحشد الشعبي", "قوات الحشد الشعبي"], "Popular Mobilization Forces (Iraq)", ARMED,
   "هيئة عراقية تضم فصائل مسلحة تشكلت عام 2014 لقتال تنظيم الدولة", "Iraqi body of armed factions formed in 2014 to fight ISIS", IQ),
 O("iq-sadrist-movement", "التيار الصدري", [], "Sadrist Movement (Iraq)", "movement", "تيار سياسي شيعي عراقي يتزعمه مقتدى الصدر", "Iraqi Shia political movement led by Muqtada al-Sadr", IQ),
 O("kdp", "الحزب الديمقراطي الكردستاني", [], "Kurdistan Democratic Party", PARTY, "حزب كردي عراقي أسسه مصطفى البارزاني", "Iraqi Kurdish party founded by Mustafa Barzani", IQ),
 O("puk", "الاتحاد الوطني الكردستاني", [], "Patriotic Union of Kurdistan", PARTY, "حزب كردي عراقي أسسه جلال طالباني", "Iraqi Kurdish party founded by Jalal Talabani", IQ),
 O("kataib-hezbollah", "كتائب حزب الله", ["كتائب حزب الله العراقية"], "Kataib Hezbollah", ARMED, "فصيل مسلح عراقي موال لإيران", "Iran-aligned Iraqi armed faction", IQ),
 O("amal-movement", "حركة أمل", [], "Amal Movement", PARTY, "حركة سياسية شيعية لبنانية يتزعمها نبيه بري", "Lebanese Shia political movement led by Nabih Berri", LB),
 O("free-patriotic-movement", "التيار الوطني الحر", [], "Free Patriotic Movement", PARTY, "حزب لبناني أسسه ميشال عون", "Lebanese party founded by Michel Aoun", LB),
 O("future-movement", "تيار المستقبل", [], "Future Movement", PARTY, "تيار سياسي لبناني أسسه رفيق الحريري", "Lebanese political movement founded by Rafic Hariri", LB),
 O("lebanese-forces", "حزب القوات اللبنانية", ["القوات اللبنانية"], "Lebanese Forces", PARTY, "حزب لبناني يتزعمه سمير جعجع", "Lebanese party led by Samir Geagea", LB),
 O("kataeb-party", "حزب الكتائب اللبنانية", ["حزب الكتائب"], "Kataeb Party", PARTY, "حزب لبناني أسسه بيار الجميل عام 1936", "Lebanese party founded by Pierre Gemayel in 1936", LB),
 O("ennahda", "حركة النهضة", ["حركة النهضة التونسية"], "Ennahda Movement", PARTY, "حزب إسلامي تونسي يتزعمه راشد الغنوشي", "Tunisian Islamist party led by Rached Ghannouchi", TN),
 O("nidaa-tounes", "حركة نداء تونس", ["نداء تونس"], "Nidaa Tounes", PARTY, "حزب تونسي أسسه الباجي قائد السبسي عام 2012", "Tunisian party founded by Beji Caid Essebsi in 2012", TN),
 O("ma-pjd", "حزب العدالة والتنمية المغربي", ["العدالة والتنمية المغربي"], "Justice and Development Party (Morocco)", PARTY,
   "حزب إسلامي مغربي قاد الحكومة بين 2011 و2021", "Moroccan Islamist party that led the government 2011–2021", MA),
 O("ma-rni", "حزب التجمع الوطني للأحرار", ["التجمع الوطني للأحرار"], "National Rally of Independents (Morocco)", PARTY,
   "حزب مغربي يقود الحكومة منذ 2021", "Moroccan party leading the government since 2021", MA),
 O("ma-pam", "حزب الأصالة والمعاصرة", ["حزب الأصالة والمعاصرة المغربي"], "Authenticity and Modernity Party (Morocco)", PARTY, "حزب سياسي مغربي", "Moroccan political party", MA),
 O("ma-istiqlal", "حزب الاستقلال المغربي", [], "Istiqlal Party (Morocco)", PARTY, "حزب مغربي من أقدم الأحزاب", "One of Morocco's oldest parties", MA),
 O("polisario", "جبهة البوليساريو", ["البوليساريو"], "Polisario Front", "movement", "حركة تطالب باستقلال الصحراء الغربية", "Movement seeking independence for Western Sahara", "country-eh"),
 O("dz-fln", "جبهة التحرير الوطني", ["حزب جبهة التحرير الوطني"], "National Liberation Front (Algeria)", PARTY,
   "حزب جزائري قاد حرب الاستقلال", "Algerian party that led the war of independence", DZ),
 O("ye-gpc", "حزب المؤتمر الشعبي العام", ["المؤتمر الشعبي العام"], "General People's Congress (Yemen)", PARTY,
   "حزب يمني أسسه علي عبد الله صالح عام 1982", "Yemeni party founded by Ali Abdullah Saleh in 1982", YE),
 O("ye-islah", "التجمع اليمني للإصلاح", ["حزب الإصلاح اليمني", "حزب التجمع اليمني للإصلاح"], "Al-Islah (Yemen)", PARTY, "حزب إسلامي يمني", "Yemeni Islamist party", YE),
 O("ye-stc", "المجلس الانتقالي الجنوبي", ["الانتقالي الجنوبي"], "Southern Transitional Council (Yemen)", "movement",
   "كيان سياسي وعسكري يطالب بانفصال جنوب اليمن، تأسس عام 2017", "Political-military body seeking southern Yemen's secession, founded 2017", YE),
 O("jo-iaf", "حزب جبهة العمل الإسلامي", ["جبهة العمل الإسلامي"], "Islamic Action Front (Jordan)", PARTY, "حزب إسلامي أردني", "Jordanian Islamist party", JO),
 O("sd-ncp", "حزب المؤتمر الوطني السوداني", ["المؤتمر الوطني السوداني"], "National Congress Party (Sudan)", PARTY,
   "الحزب الحاكم في السودان في عهد عمر البشير", "Sudan's ruling party under Omar al-Bashir", SD),
 O("sd-ffc", "قوى الحرية والتغيير", ["تحالف قوى الحرية والتغيير"], "Forces of Freedom and Change (Sudan)", "coalition",
   "تحالف سوداني قاد احتجاجات 2019", "Sudanese coalition that led the 2019 protests", SD),
 O("al-shabaab", "حركة الشباب المجاهدين", ["حركة الشباب الصومالية", "الشباب المجاهدين"], "Al-Shabaab", ARMED,
   "جماعة مسلحة صومالية مرتبطة بتنظيم القاعدة", "Somali armed group linked to al-Qaeda", SO),
 O("aqap", "تنظيم القاعدة في جزيرة العرب", ["القاعدة في جزيرة العرب"], "Al-Qaeda in the Arabian Peninsula", ARMED,
   "فرع تنظيم القاعدة في اليمن والجزيرة العربية", "Al-Qaeda's branch in Yemen and the Arabian Peninsula", YE),

 # --- public bodies
 O("syrian-observatory", "المرصد السوري لحقوق الإنسان", ["المرصد السوري"], "Syrian Observatory for Human Rights", "non-governmental organization",
   "منظمة سورية معارضة مقرها بريطانيا ترصد ضحايا الحرب في سوريا، يديرها رامي عبد الرحمن", "UK-based Syrian monitoring group run by Rami Abdulrahman", SY),
 O("sa-scth", "الهيئة العامة للسياحة والتراث الوطني", ["هيئة السياحة والتراث الوطني"], "Saudi Commission for Tourism and National Heritage", BODY,
   "الهيئة الحكومية السعودية للسياحة والآثار (الاسم الذي عُرفت به قبل إنشاء وزارة السياحة)", "Saudi government body for tourism and antiquities (name before the Ministry of Tourism)", SA),
 O("sa-senior-scholars", "هيئة كبار العلماء", ["هيئة كبار العلماء السعودية", "هيئة كبار العلماء في السعودية"], "Council of Senior Scholars (Saudi Arabia)", "religious body",
   "أعلى هيئة دينية في السعودية", "Saudi Arabia's highest religious body", SA),
 O("sa-cpvpv", "هيئة الأمر بالمعروف والنهي عن المنكر", ["هيئة الأمر بالمعروف", "الشرطة الدينية السعودية"], "Commission for the Promotion of Virtue and Prevention of Vice (Saudi Arabia)", BODY,
   "جهاز حكومي سعودي للحسبة", "Saudi religious police body", SA),
 O("sa-pif", "صندوق الاستثمارات العامة", ["صندوق الاستثمارات العامة السعودي"], "Public Investment Fund (Saudi Arabia)", "sovereign wealth fund",
   "صندوق الثروة السيادي السعودي", "Saudi Arabia's sovereign wealth fund", SA),
 O("qa-qia", "جهاز قطر للاستثمار", [], "Qatar Investment Authority", "sovereign wealth fund", "صندوق الثروة السيادي القطري", "Qatar's sovereign wealth fund", QA),
 O("ae-mubadala", "مبادلة للاستثمار", ["شركة مبادلة"], "Mubadala Investment Company", "sovereign wealth fund", "صندوق استثماري سيادي في أبوظبي", "Abu Dhabi sovereign investment company", AE, amb=["مبادلة"]),
 O("ae-adia", "جهاز أبوظبي للاستثمار", [], "Abu Dhabi Investment Authority", "sovereign wealth fund", "صندوق الثروة السيادي لأبوظبي", "Abu Dhabi's sovereign wealth fund", AE),
 O("al-azhar", "الأزهر الشريف", ["الأزهر", "مشيخة الأزهر"], "Al-Azhar", "religious body", "المؤسسة الدينية السنية الكبرى في مصر", "Egypt's leading Sunni Islamic institution", EG),
 O("eg-dar-al-ifta", "دار الإفتاء المصرية", [], "Dar al-Ifta (Egypt)", "religious body", "الهيئة الرسمية للفتوى في مصر", "Egypt's official fatwa authority", EG),
 O("sa-tadawul", "السوق المالية السعودية", ["السوق المالية السعودية تداول", "البورصة السعودية"], "Saudi Exchange (Tadawul)", "stock exchange",
   "سوق الأسهم في السعودية", "Saudi Arabia's stock exchange", SA, amb=["تداول"]),
 O("eg-exchange", "البورصة المصرية", [], "Egyptian Exchange", "stock exchange", "سوق الأسهم في مصر", "Egypt's stock exchange", EG),
 O("ae-dfm", "سوق دبي المالي", [], "Dubai Financial Market", "stock exchange", "سوق الأسهم في دبي", "Dubai's stock exchange", AE),
 O("ae-adx", "سوق أبوظبي للأوراق المالية", [], "Abu Dhabi Securities Exchange", "stock exchange", "سوق الأسهم في أبوظبي", "Abu Dhabi's stock exchange", AE),
 O("kw-boursa", "بورصة الكويت", [], "Boursa Kuwait", "stock exchange", "سوق الأسهم في الكويت", "Kuwait's stock exchange", KW),
 O("qa-exchange", "بورصة قطر", [], "Qatar Stock Exchange", "stock exchange", "سوق الأسهم في قطر", "Qatar's stock exchange", QA),

 # --- ministries named otherwise than «وزارة X + nisba», with their usual names
 O("sa-energy-ministry", "وزارة الطاقة السعودية", ["وزارة البترول والثروة المعدنية السعودية"], "Ministry of Energy (Saudi Arabia)", MIN,
   "وزارة الطاقة في السعودية (وزارة البترول والثروة المعدنية سابقا)", "Saudi energy ministry (formerly Petroleum and Mineral Resources)", SA),
 O("sa-education-ministry", "وزارة التعليم السعودية", [], "Ministry of Education (Saudi Arabia)", MIN, "وزارة التعليم في السعودية", "Saudi education ministry", SA),
 O("sa-media-ministry", "وزارة الإعلام السعودية", ["وزارة الثقافة والإعلام السعودية"], "Ministry of Media (Saudi Arabia)", MIN, "وزارة الإعلام في السعودية", "Saudi media ministry", SA),
 O("sa-economy-ministry", "وزارة الاقتصاد والتخطيط السعودية", [], "Ministry of Economy and Planning (Saudi Arabia)", MIN, "وزارة الاقتصاد في السعودية", "Saudi economy ministry", SA),
 O("sa-municipal-ministry", "وزارة الشؤون البلدية والقروية والإسكان", ["وزارة الشؤون البلدية والقروية", "وزارة الشؤون البلدية السعودية"],
   "Ministry of Municipal, Rural Affairs and Housing (Saudi Arabia)", MIN, "وزارة الشؤون البلدية في السعودية", "Saudi municipal affairs ministry", SA),
 O("eg-petroleum-ministry", "وزارة البترول والثروة المعدنية المصرية", ["وزارة البترول المصرية"], "Ministry of Petroleum and Mineral Resources (Egypt)", MIN,
   "وزارة البترول في مصر", "Egypt's petroleum ministry", EG),
 O("eg-education-ministry", "وزارة التربية والتعليم المصرية", [], "Ministry of Education (Egypt)", MIN, "وزارة التعليم في مصر", "Egypt's education ministry", EG),
 O("kw-oil-ministry", "وزارة النفط الكويتية", [], "Ministry of Oil (Kuwait)", MIN, "وزارة النفط في الكويت", "Kuwait's oil ministry", KW),
 O("iq-oil-ministry", "وزارة النفط العراقية", [], "Ministry of Oil (Iraq)", MIN, "وزارة النفط في العراق", "Iraq's oil ministry", IQ),
 O("ir-oil-ministry", "وزارة النفط الإيرانية", [], "Ministry of Petroleum (Iran)", MIN, "وزارة النفط في إيران", "Iran's oil ministry", IR),
 O("ae-energy-ministry", "وزارة الطاقة والبنية التحتية الإماراتية", [], "Ministry of Energy and Infrastructure (UAE)", MIN, "وزارة الطاقة في الإمارات", "UAE energy ministry", AE),
 O("dz-energy-ministry", "وزارة الطاقة الجزائرية", [], "Ministry of Energy (Algeria)", MIN, "وزارة الطاقة في الجزائر", "Algeria's energy ministry", DZ),

 # --- universities
 O("kau", "جامعة الملك عبدالعزيز", ["جامعة الملك عبد العزيز"], "King Abdulaziz University", UNI, "جامعة حكومية سعودية في جدة", "Saudi public university in Jeddah", SA),
 O("ksu", "جامعة الملك سعود", [], "King Saud University", UNI, "جامعة حكومية سعودية في الرياض", "Saudi public university in Riyadh", SA),
 O("kfupm", "جامعة الملك فهد للبترول والمعادن", [], "King Fahd University of Petroleum and Minerals", UNI, "جامعة سعودية في الظهران", "Saudi university in Dhahran", SA),
 O("imamu", "جامعة الإمام محمد بن سعود الإسلامية", [], "Imam Mohammad Ibn Saud Islamic University", UNI, "جامعة سعودية في الرياض", "Saudi university in Riyadh", SA),
 O("uqu", "جامعة أم القرى", [], "Umm al-Qura University", UNI, "جامعة سعودية في مكة المكرمة", "Saudi university in Mecca", SA),
 O("kaust", "جامعة الملك عبدالله للعلوم والتقنية", ["جامعة الملك عبد الله للعلوم والتقنية", "كاوست"], "King Abdullah University of Science and Technology", UNI,
   "جامعة بحثية سعودية في ثول", "Saudi research university in Thuwal", SA),
 O("kku", "جامعة الملك خالد", [], "King Khalid University", UNI, "جامعة سعودية في أبها", "Saudi university in Abha", SA),
 O("kfu", "جامعة الملك فيصل", [], "King Faisal University", UNI, "جامعة سعودية في الأحساء", "Saudi university in Al-Ahsa", SA),
 O("qu-sa", "جامعة القصيم", [], "Qassim University", UNI, "جامعة سعودية في منطقة القصيم", "Saudi university in Qassim", SA),
 O("iu-madinah", "الجامعة الإسلامية بالمدينة المنورة", ["الجامعة الإسلامية في المدينة المنورة"], "Islamic University of Madinah", UNI, "جامعة سعودية في المدينة المنورة", "Saudi university in Medina", SA),
 O("pnu", "جامعة الأميرة نورة بنت عبدالرحمن", ["جامعة الأميرة نورة"], "Princess Nourah bint Abdulrahman University", UNI, "جامعة سعودية للبنات في الرياض", "Saudi women's university in Riyadh", SA),
 O("cairo-university", "جامعة القاهرة", [], "Cairo University", UNI, "جامعة حكومية مصرية في الجيزة", "Egyptian public university in Giza", EG),
 O("al-azhar-university", "جامعة الأزهر", [], "Al-Azhar University", UNI, "جامعة مصرية تابعة للأزهر", "Egyptian university of Al-Azhar", EG),
 O("ain-shams-university", "جامعة عين شمس", [], "Ain Shams University", UNI, "جامعة حكومية مصرية في القاهرة", "Egyptian public university in Cairo", EG),
 O("alexandria-university", "جامعة الإسكندرية", [], "Alexandria University", UNI, "جامعة حكومية مصرية في الإسكندرية", "Egyptian public university in Alexandria", EG),
 O("auc", "الجامعة الأمريكية بالقاهرة", ["الجامعة الأمريكية في القاهرة", "الجامعة الأميركية في القاهرة"], "American University in Cairo", UNI, "جامعة خاصة في القاهرة", "Private university in Cairo", EG),
 O("aub", "الجامعة الأمريكية في بيروت", ["الجامعة الأميركية في بيروت"], "American University of Beirut", UNI, "جامعة خاصة في بيروت", "Private university in Beirut", LB),
 O("baghdad-university", "جامعة بغداد", [], "University of Baghdad", UNI, "جامعة حكومية عراقية", "Iraqi public university", IQ),
 O("damascus-university", "جامعة دمشق", [], "Damascus University", UNI, "جامعة حكومية سورية", "Syrian public university", SY),
 O("university-of-jordan", "الجامعة الأردنية", [], "University of Jordan", UNI, "جامعة حكومية أردنية في عمّان", "Jordanian public university in Amman", JO),
 O("kuwait-university", "جامعة الكويت", [], "Kuwait University", UNI, "جامعة حكومية كويتية", "Kuwaiti public university", KW),
 O("qatar-university", "جامعة قطر", [], "Qatar University", UNI, "جامعة حكومية قطرية", "Qatari public university", QA),
 O("uaeu", "جامعة الإمارات العربية المتحدة", [], "United Arab Emirates University", UNI, "جامعة حكومية إماراتية في العين", "Emirati public university in Al Ain", AE),
 O("squ", "جامعة السلطان قابوس", [], "Sultan Qaboos University", UNI, "جامعة حكومية عمانية", "Omani public university", OM),
 O("khartoum-university", "جامعة الخرطوم", [], "University of Khartoum", UNI, "جامعة حكومية سودانية", "Sudanese public university", SD),
 O("birzeit-university", "جامعة بيرزيت", [], "Birzeit University", UNI, "جامعة فلسطينية قرب رام الله", "Palestinian university near Ramallah", PS),

 # --- news agencies, papers, channels
 O("oman-news-agency", "وكالة الأنباء العمانية", [], "Oman News Agency", AGENCY, "وكالة الأنباء الرسمية العمانية", "Oman's official news agency", OM),
 O("suna", "وكالة السودان للأنباء", ["سونا"], "Sudan News Agency (SUNA)", AGENCY, "وكالة الأنباء الرسمية السودانية", "Sudan's official news agency", SD),
 O("tap", "وكالة تونس إفريقيا للأنباء", ["وكالة تونس أفريقيا للأنباء"], "Tunis Afrique Presse", AGENCY, "وكالة الأنباء الرسمية التونسية", "Tunisia's official news agency", TN, amb=["وات"]),
 O("saba", "وكالة الأنباء اليمنية سبأ", ["وكالة سبأ"], "Saba News Agency", AGENCY, "وكالة الأنباء الرسمية اليمنية", "Yemen's official news agency", YE),
 O("nna-lebanon", "الوكالة الوطنية للإعلام", ["الوكالة الوطنية للإعلام اللبنانية"], "National News Agency (Lebanon)", AGENCY, "وكالة الأنباء الرسمية اللبنانية", "Lebanon's official news agency", LB),
 O("ami-mauritania", "الوكالة الموريتانية للأنباء", [], "Mauritanian News Agency", AGENCY, "وكالة الأنباء الرسمية الموريتانية", "Mauritania's official news agency", MR),
 O("al-hayat", "صحيفة الحياة", ["جريدة الحياة", "الحياة اللندنية"], "Al-Hayat", PAPER, "صحيفة عربية تأسست في بيروت وصدرت من لندن", "Pan-Arab daily founded in Beirut, published from London", LB),
 O("al-watan-sa", "صحيفة الوطن السعودية", ["الوطن السعودية"], "Al Watan (Saudi Arabia)", PAPER, "صحيفة يومية سعودية", "Saudi daily", SA),
 O("al-jazirah-sa", "صحيفة الجزيرة السعودية", ["جريدة الجزيرة"], "Al Jazirah (Saudi newspaper)", PAPER, "صحيفة يومية سعودية تصدر في الرياض", "Saudi daily published in Riyadh", SA),
 O("al-madina-sa", "صحيفة المدينة", ["جريدة المدينة"], "Al Madina (newspaper)", PAPER, "صحيفة يومية سعودية تصدر في جدة", "Saudi daily published in Jeddah", SA),
 O("al-akhbar-eg", "صحيفة الأخبار المصرية", ["جريدة الأخبار المصرية"], "Al-Akhbar (Egypt)", PAPER, "صحيفة يومية مصرية", "Egyptian daily", EG),
 O("al-shorouk-eg", "صحيفة الشروق المصرية", ["الشروق المصرية"], "Al-Shorouk (Egypt)", PAPER, "صحيفة يومية مصرية", "Egyptian daily", EG),
 O("al-khaleej", "صحيفة الخليج", ["جريدة الخليج", "الخليج الإماراتية"], "Al Khaleej (UAE)", PAPER, "صحيفة يومية إماراتية تصدر في الشارقة", "Emirati daily published in Sharjah", AE),
 O("al-bayan", "صحيفة البيان", ["البيان الإماراتية"], "Al Bayan (UAE)", PAPER, "صحيفة يومية إماراتية تصدر في دبي", "Emirati daily published in Dubai", AE),
 O("al-ittihad-ae", "صحيفة الاتحاد الإماراتية", ["الاتحاد الإماراتية"], "Al Ittihad (UAE)", PAPER, "صحيفة يومية إماراتية تصدر في أبوظبي", "Emirati daily published in Abu Dhabi", AE),
 O("al-raya", "صحيفة الراية القطرية", ["الراية القطرية"], "Al Raya (Qatar)", PAPER, "صحيفة يومية قطرية", "Qatari daily", QA),
 O("al-qabas", "صحيفة القبس", ["القبس الكويتية"], "Al-Qabas (Kuwait)", PAPER, "صحيفة يومية كويتية", "Kuwaiti daily", KW),
 O("al-ghad-jo", "صحيفة الغد الأردنية", ["الغد الأردنية"], "Al Ghad (Jordan)", PAPER, "صحيفة يومية أردنية", "Jordanian daily", JO),
 O("ad-dustour", "صحيفة الدستور الأردنية", ["الدستور الأردنية"], "Ad-Dustour (Jordan)", PAPER, "صحيفة يومية أردنية", "Jordanian daily", JO),
 O("al-akhbar-lb", "صحيفة الأخبار اللبنانية", ["الأخبار اللبنانية"], "Al Akhbar (Lebanon)", PAPER, "صحيفة يومية لبنانية", "Lebanese daily", LB),
 O("as-safir", "صحيفة السفير", ["السفير اللبنانية"], "As-Safir (Lebanon)", PAPER, "صحيفة لبنانية توقفت عن الصدور عام 2016", "Lebanese daily that closed in 2016", LB),
 O("el-khabar", "صحيفة الخبر الجزائرية", ["الخبر الجزائرية"], "El Khabar (Algeria)", PAPER, "صحيفة يومية جزائرية", "Algerian daily", DZ),
 O("hespress", "هسبريس", ["موقع هسبريس"], "Hespress", "news website", "موقع إخباري مغربي", "Moroccan news website", MA),
 O("al-mayadeen", "قناة الميادين", ["شبكة الميادين"], "Al Mayadeen", TV, "قناة إخبارية لبنانية مقرها بيروت", "Beirut-based Lebanese news channel", LB, amb=["الميادين"]),
 O("al-manar", "قناة المنار", ["تلفزيون المنار"], "Al-Manar", TV, "قناة تلفزيونية تابعة لحزب الله", "Hezbollah's television channel", LB),
 O("al-alam-tv", "قناة العالم", ["قناة العالم الإيرانية"], "Al-Alam News Network", TV, "قناة إخبارية إيرانية ناطقة بالعربية", "Iranian Arabic-language news channel", IR),
 O("al-hadath", "قناة الحدث", [], "Al Hadath", TV, "قناة إخبارية تابعة لمجموعة العربية", "News channel of the Al Arabiya group", SA),
 O("mbc-group", "مجموعة إم بي سي", ["إم بي سي", "مجموعة MBC"], "MBC Group", "media group", "مجموعة إعلامية سعودية مقرها دبي والرياض", "Saudi media group based in Dubai and Riyadh", SA),

 # --- companies (Gulf and Egypt)
 O("al-rajhi-bank", "مصرف الراجحي", ["بنك الراجحي"], "Al Rajhi Bank", BANK, "مصرف إسلامي سعودي من أكبر المصارف الإسلامية في العالم", "Saudi Islamic bank, one of the world's largest", SA),
 O("snb", "البنك الأهلي السعودي", ["البنك الأهلي التجاري"], "Saudi National Bank", BANK, "أكبر مصرف سعودي، اندمج مع مجموعة سامبا عام 2021", "Saudi Arabia's largest bank; merged with Samba in 2021", SA),
 O("riyad-bank", "بنك الرياض", [], "Riyad Bank", BANK, "مصرف سعودي", "Saudi bank", SA),
 O("stc", "شركة الاتصالات السعودية", ["إس تي سي"], "Saudi Telecom Company (stc)", CO, "شركة الاتصالات الكبرى في السعودية", "Saudi Arabia's main telecom company", SA),
 O("mobily", "موبايلي", ["شركة موبايلي", "شركة اتحاد اتصالات"], "Mobily (Etihad Etisalat)", CO, "شركة اتصالات سعودية", "Saudi telecom company", SA),
 O("zain", "مجموعة زين", ["شركة زين"], "Zain", CO, "مجموعة اتصالات كويتية", "Kuwaiti telecom group", KW, amb=["زين"]),
 O("jarir", "مكتبة جرير", ["شركة جرير للتسويق"], "Jarir Bookstore", CO, "شركة سعودية لبيع الكتب والإلكترونيات", "Saudi retailer of books and electronics", SA, amb=["جرير"]),
 O("almarai", "شركة المراعي", [], "Almarai", CO, "شركة ألبان وأغذية سعودية", "Saudi dairy and food company", SA, amb=["المراعي"]),
 O("maaden", "شركة معادن", ["شركة التعدين العربية السعودية"], "Ma'aden", CO, "شركة التعدين العربية السعودية", "Saudi Arabian Mining Company", SA, amb=["معادن"]),
 O("acwa-power", "أكوا باور", ["شركة أكوا باور"], "ACWA Power", CO, "شركة سعودية للطاقة وتحلية المياه", "Saudi power and water desalination company", SA),
 O("neom", "نيوم", ["مشروع نيوم", "مدينة نيوم"], "NEOM", "project", "مشروع مدينة جديدة في شمال غرب السعودية", "New city project in north-western Saudi Arabia", SA),
 O("emaar", "إعمار العقارية", ["شركة إعمار"], "Emaar Properties", CO, "شركة عقارية إماراتية مقرها دبي", "Dubai-based Emirati property developer", AE, amb=["إعمار"]),
 O("etisalat", "مجموعة اتصالات", ["اتصالات الإماراتية", "إي آند"], "e& (Etisalat)", CO, "مجموعة اتصالات إماراتية", "Emirati telecom group", AE),
 O("dp-world", "موانئ دبي العالمية", [], "DP World", CO, "شركة إماراتية لتشغيل الموانئ", "Emirati port operator", AE),
 O("etihad-airways", "الاتحاد للطيران", ["طيران الاتحاد"], "Etihad Airways", CO, "شركة الطيران الوطنية لأبوظبي", "Abu Dhabi's national airline", AE),
 O("qnb", "بنك قطر الوطني", ["مجموعة بنك قطر الوطني"], "QNB Group", BANK, "أكبر مصرف قطري", "Qatar's largest bank", QA),
 O("ooredoo", "أوريدو", ["شركة أوريدو", "كيوتل"], "Ooredoo", CO, "مجموعة اتصالات قطرية", "Qatari telecom group", QA),
 O("nbk", "بنك الكويت الوطني", [], "National Bank of Kuwait", BANK, "أكبر مصرف كويتي", "Kuwait's largest bank", KW),
 O("kpc", "مؤسسة البترول الكويتية", [], "Kuwait Petroleum Corporation", CO, "شركة النفط الوطنية الكويتية", "Kuwait's national oil company", KW),
 O("cib-egypt", "البنك التجاري الدولي", ["البنك التجاري الدولي مصر"], "Commercial International Bank (Egypt)", BANK, "أكبر مصرف خاص في مصر", "Egypt's largest private bank", EG),
 O("nbe", "البنك الأهلي المصري", [], "National Bank of Egypt", BANK, "أكبر مصرف حكومي في مصر", "Egypt's largest state bank", EG),
 O("banque-misr", "بنك مصر", [], "Banque Misr", BANK, "مصرف حكومي مصري", "Egyptian state bank", EG),
 O("telecom-egypt", "المصرية للاتصالات", ["الشركة المصرية للاتصالات"], "Telecom Egypt", CO, "شركة الاتصالات الحكومية في مصر", "Egypt's state telecom company", EG),
 O("egyptair", "مصر للطيران", ["شركة مصر للطيران"], "EgyptAir", CO, "شركة الطيران الوطنية المصرية", "Egypt's national airline", EG),
 O("orascom", "أوراسكوم", ["مجموعة أوراسكوم"], "Orascom", CO, "مجموعة شركات مصرية", "Egyptian group of companies", EG),
 O("elsewedy", "السويدي إليكتريك", ["السويدي للكابلات"], "Elsewedy Electric", CO, "شركة مصرية للكابلات والطاقة", "Egyptian cables and energy company", EG),
 O("tmg", "مجموعة طلعت مصطفى", [], "Talaat Moustafa Group", CO, "شركة عقارية مصرية", "Egyptian property developer", EG),
 O("bapco", "بابكو", ["شركة نفط البحرين"], "Bapco", CO, "شركة النفط الوطنية البحرينية", "Bahrain's national oil company", BH),
 O("gulf-air", "طيران الخليج", [], "Gulf Air", CO, "شركة الطيران الوطنية البحرينية", "Bahrain's national airline", BH),
 O("oman-air", "الطيران العماني", [], "Oman Air", CO, "شركة الطيران الوطنية العمانية", "Oman's national airline", OM),
 O("flynas", "طيران ناس", [], "flynas", CO, "شركة طيران سعودية منخفضة التكلفة", "Saudi low-cost airline", SA),
 O("riyadh-air", "طيران الرياض", [], "Riyadh Air", CO, "شركة طيران سعودية أُعلن عن تأسيسها عام 2023", "Saudi airline announced in 2023", SA),
]

# Cabinet names the generated government entries should also answer to.
GOV_ALIASES = {}


def entities(cnames):
    out = []
    for e in ORGS + generated():
        e = dict(e)
        if "{c}" in e["description_ar"]:
            e["description_ar"] = e["description_ar"].replace("{c}", cnames[e["country"]])
        out.append(e)
    return out
