"""Curated organisations (written by the isnad team from general knowledge; see SOURCES.md).

Only facts the team is sure of. `O(...)` keeps the table compact; build.py turns it into
data/kb/organizations.json. AMBIGUITY_RULES: hand-written preferences for names shared
by two entities (normalised form -> (preferred id, rule)).
"""
import countries_extra as CX


def O(id, ar, aliases, en, subtype, dar, den, country=None, amb=(), ids=None):
    e = {"id": id, "type": "organization", "subtype": subtype, "ar": ar, "aliases": list(aliases),
         "ambiguous_aliases": list(amb), "en": en, "description_ar": dar, "description_en": den,
         "source": "curated"}
    if country:
        e["country"] = country
    if ids:
        e["ids"] = ids
    return e


IO = "international organization"
ORGS = [
 # --- United Nations system
 O("united-nations", "الأمم المتحدة", ["منظمة الأمم المتحدة", "هيئة الأمم المتحدة", "الأمم المتحدة"], "United Nations", IO,
   "منظمة دولية تضم معظم دول العالم", "International organisation of almost all the world's states", ids={"wikidata": "Q1065"}),
 O("un-security-council", "مجلس الأمن الدولي", ["مجلس الأمن", "مجلس الأمن التابع للأمم المتحدة"], "UN Security Council", IO,
   "هيئة الأمم المتحدة المسؤولة عن حفظ السلم والأمن الدوليين، من 15 عضوا", "UN body responsible for international peace and security; 15 members", ids={"wikidata": "Q37470"}),
 O("un-general-assembly", "الجمعية العامة للأمم المتحدة", ["الجمعية العامة"], "UN General Assembly", IO,
   "الهيئة العامة للأمم المتحدة التي تضم كل الدول الأعضاء", "The UN's main deliberative body of all member states"),
 O("un-human-rights-council", "مجلس حقوق الإنسان", ["مجلس حقوق الإنسان التابع للأمم المتحدة", "مجلس حقوق الإنسان الأممي"], "UN Human Rights Council", IO,
   "هيئة أممية معنية بحقوق الإنسان مقرها جنيف", "UN human rights body based in Geneva"),
 O("unicef", "اليونيسف", ["منظمة الأمم المتحدة للطفولة", "صندوق الأمم المتحدة للطفولة", "يونيسف", "اليونيسيف"], "UNICEF", IO,
   "وكالة الأمم المتحدة المعنية بالأطفال", "UN agency for children"),
 O("unesco", "اليونسكو", ["منظمة الأمم المتحدة للتربية والعلم والثقافة", "يونسكو"], "UNESCO", IO,
   "وكالة الأمم المتحدة للتربية والعلم والثقافة", "UN agency for education, science and culture"),
 O("unrwa", "الأونروا", ["وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين", "وكالة غوث وتشغيل اللاجئين الفلسطينيين", "أونروا", "وكالة الغوث"], "UNRWA", IO,
   "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى", "UN agency for Palestine refugees in the Near East"),
 O("unhcr", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", ["مفوضية اللاجئين", "مفوضية الأمم المتحدة لشؤون اللاجئين", "المفوضية السامية لشؤون اللاجئين"], "UNHCR", IO,
   "وكالة الأمم المتحدة لشؤون اللاجئين", "UN refugee agency"),
 O("ohchr", "المفوضية السامية لحقوق الإنسان", ["مفوضية الأمم المتحدة لحقوق الإنسان", "مكتب المفوض السامي لحقوق الإنسان"], "OHCHR", IO,
   "مكتب الأمم المتحدة لحقوق الإنسان", "UN human rights office"),
 O("who", "منظمة الصحة العالمية", ["الصحة العالمية"], "World Health Organization", IO,
   "وكالة الأمم المتحدة المعنية بالصحة، مقرها جنيف", "UN health agency based in Geneva", ids={"wikidata": "Q7817"}),
 O("wfp", "برنامج الأغذية العالمي", ["برنامج الغذاء العالمي"], "World Food Programme", IO,
   "وكالة الأمم المتحدة للمساعدات الغذائية", "UN food assistance agency"),
 O("fao", "منظمة الأغذية والزراعة", ["منظمة الأغذية والزراعة للأمم المتحدة", "منظمة الفاو"], "FAO", IO,
   "وكالة الأمم المتحدة للأغذية والزراعة", "UN Food and Agriculture Organization", amb=["الفاو"]),
 O("undp", "برنامج الأمم المتحدة الإنمائي", [], "UNDP", IO, "برنامج الأمم المتحدة للتنمية", "UN Development Programme"),
 O("ocha", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", ["أوتشا", "مكتب تنسيق الشؤون الإنسانية"], "OCHA", IO,
   "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "UN Office for the Coordination of Humanitarian Affairs"),
 O("iaea", "الوكالة الدولية للطاقة الذرية", ["وكالة الطاقة الذرية", "الطاقة الذرية"], "International Atomic Energy Agency", IO,
   "وكالة دولية تابعة لمنظومة الأمم المتحدة معنية بالاستخدام السلمي للطاقة النووية، مقرها فيينا", "UN-system agency for the peaceful use of nuclear energy, based in Vienna"),
 O("imf", "صندوق النقد الدولي", ["صندوق النقد"], "International Monetary Fund", IO,
   "مؤسسة مالية دولية مقرها واشنطن", "International financial institution based in Washington"),
 O("world-bank", "البنك الدولي", ["مجموعة البنك الدولي"], "World Bank", IO,
   "مؤسسة مالية دولية للتنمية مقرها واشنطن", "International development finance institution based in Washington"),
 O("wto", "منظمة التجارة العالمية", [], "World Trade Organization", IO, "منظمة دولية تنظم التجارة بين الدول", "International organisation regulating trade"),
 O("icj", "محكمة العدل الدولية", [], "International Court of Justice", IO,
   "الجهاز القضائي الرئيسي للأمم المتحدة، مقرها لاهاي", "Principal judicial organ of the UN, in The Hague"),
 O("icc", "المحكمة الجنائية الدولية", ["الجنائية الدولية"], "International Criminal Court", IO,
   "محكمة دولية لمحاكمة الأفراد على جرائم الحرب والإبادة والجرائم ضد الإنسانية، مقرها لاهاي", "International court trying individuals for genocide, war crimes and crimes against humanity, in The Hague"),
 O("icrc", "اللجنة الدولية للصليب الأحمر", ["الصليب الأحمر", "الصليب الأحمر الدولي"], "International Committee of the Red Cross", IO,
   "منظمة إنسانية مستقلة مقرها جنيف", "Independent humanitarian organisation based in Geneva"),
 O("ifrc", "الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر", [], "IFRC", IO,
   "اتحاد جمعيات الصليب الأحمر والهلال الأحمر الوطنية", "Federation of the national Red Cross and Red Crescent societies"),
 O("opcw", "منظمة حظر الأسلحة الكيميائية", [], "OPCW", IO, "منظمة دولية تشرف على تنفيذ اتفاقية الأسلحة الكيميائية، مقرها لاهاي", "Implements the Chemical Weapons Convention; based in The Hague"),
 O("interpol", "الإنتربول", ["الشرطة الدولية", "المنظمة الدولية للشرطة الجنائية", "الانتربول"], "Interpol", IO, "المنظمة الدولية للشرطة الجنائية", "International Criminal Police Organization"),
 O("msf", "أطباء بلا حدود", ["منظمة أطباء بلا حدود"], "Médecins Sans Frontières", "NGO", "منظمة طبية إنسانية دولية", "International medical humanitarian organisation"),
 O("amnesty", "منظمة العفو الدولية", ["العفو الدولية"], "Amnesty International", "NGO", "منظمة دولية لحقوق الإنسان", "International human rights organisation"),
 O("hrw", "هيومن رايتس ووتش", ["منظمة هيومن رايتس ووتش"], "Human Rights Watch", "NGO", "منظمة دولية لحقوق الإنسان مقرها نيويورك", "International human rights organisation based in New York"),
 # --- regional organisations
 O("nato", "حلف شمال الأطلسي", ["الناتو", "حلف الناتو", "حلف الأطلسي", "حلف شمال الأطلسي (الناتو)", "الحلف الأطلسي", "منظمة حلف شمال الأطلسي"], "NATO", "military alliance",
   "تحالف عسكري بين دول أمريكا الشمالية وأوروبا تأسس عام 1949، مقره بروكسل", "Military alliance of North American and European states founded in 1949, headquartered in Brussels", ids={"wikidata": "Q7184"}),
 O("european-union", "الاتحاد الأوروبي", ["الاتحاد الاوروبي", "الاتحاد الأوربي"], "European Union", IO,
   "اتحاد سياسي واقتصادي يضم 27 دولة أوروبية", "Political and economic union of 27 European states", ids={"wikidata": "Q458"}),
 O("european-commission", "المفوضية الأوروبية", [], "European Commission", IO, "الذراع التنفيذية للاتحاد الأوروبي", "Executive branch of the European Union"),
 O("european-parliament", "البرلمان الأوروبي", [], "European Parliament", "parliament", "برلمان الاتحاد الأوروبي", "Parliament of the European Union"),
 O("european-council", "المجلس الأوروبي", [], "European Council", IO, "هيئة قادة دول الاتحاد الأوروبي", "Body of the EU heads of state or government"),
 O("arab-league", "جامعة الدول العربية", ["الجامعة العربية", "الجامعة العربية"], "Arab League", IO,
   "منظمة إقليمية تضم 22 دولة عربية، مقرها القاهرة", "Regional organisation of 22 Arab states, headquartered in Cairo", ids={"wikidata": "Q7172"}),
 O("gcc", "مجلس التعاون الخليجي", ["مجلس التعاون لدول الخليج العربية", "مجلس التعاون"], "Gulf Cooperation Council", IO,
   "منظمة إقليمية تضم السعودية والإمارات والكويت وقطر والبحرين وعُمان", "Regional organisation of Saudi Arabia, the UAE, Kuwait, Qatar, Bahrain and Oman"),
 O("african-union", "الاتحاد الأفريقي", ["الاتحاد الإفريقي"], "African Union", IO, "منظمة قارية تضم دول أفريقيا، مقرها أديس أبابا", "Continental union of African states, based in Addis Ababa"),
 O("oic", "منظمة التعاون الإسلامي", ["التعاون الإسلامي"], "Organisation of Islamic Cooperation", IO,
   "منظمة دولية تضم 57 دولة، مقرها جدة", "International organisation of 57 states, headquartered in Jeddah"),
 O("opec", "أوبك", ["منظمة الدول المصدرة للنفط", "منظمة أوبك"], "OPEC", IO, "منظمة الدول المصدرة للنفط، مقرها فيينا", "Organization of the Petroleum Exporting Countries, based in Vienna"),
 O("opec-plus", "أوبك+", ["أوبك بلس", "تحالف أوبك+"], "OPEC+", IO, "تحالف أوبك مع منتجين آخرين للنفط بقيادة روسيا", "Alliance of OPEC and other oil producers led by Russia"),
 O("asean", "رابطة دول جنوب شرق آسيا", ["آسيان", "رابطة آسيان"], "ASEAN", IO, "منظمة إقليمية لدول جنوب شرق آسيا", "Regional organisation of Southeast Asian states"),
 O("brics", "بريكس", ["مجموعة بريكس", "مجموعة البريكس"], "BRICS", IO, "تكتل يضم البرازيل وروسيا والهند والصين وجنوب أفريقيا ودولا أخرى", "Bloc of Brazil, Russia, India, China, South Africa and others"),
 O("g7", "مجموعة السبع", ["مجموعة الدول السبع", "مجموعة السبع الكبار", "مجموعة الدول الصناعية السبع"], "G7", IO, "مجموعة من سبع دول صناعية كبرى", "Group of seven major industrialised countries"),
 O("g20", "مجموعة العشرين", ["مجموعة الـ20"], "G20", IO, "منتدى لأكبر اقتصادات العالم", "Forum of the world's major economies"),
 O("sco", "منظمة شنغهاي للتعاون", [], "Shanghai Cooperation Organisation", IO, "منظمة أوراسية للتعاون السياسي والأمني", "Eurasian political and security organisation"),
 O("osce", "منظمة الأمن والتعاون في أوروبا", [], "OSCE", IO, "منظمة أمنية أوروبية", "European security organisation"),
 O("csto", "منظمة معاهدة الأمن الجماعي", [], "CSTO", "military alliance", "تحالف عسكري بقيادة روسيا", "Russia-led military alliance"),
 # --- governments, heads of state offices
 O("kremlin", "الكرملين", ["قصر الكرملين"], "Kremlin", "presidential administration", "مقر الرئاسة الروسية في موسكو، ويستعمل اسمه للدلالة على الرئاسة الروسية", "Seat of the Russian presidency in Moscow; metonym for it", "country-ru"),
 O("white-house", "البيت الأبيض", [], "White House", "presidential administration", "مقر الرئاسة الأمريكية في واشنطن، ويستعمل اسمه للدلالة على الإدارة الأمريكية", "Seat of the US presidency in Washington; metonym for the administration", "country-us"),
 O("elysee", "قصر الإليزيه", ["الإليزيه"], "Élysée Palace", "presidential administration", "مقر الرئاسة الفرنسية في باريس", "Seat of the French presidency in Paris", "country-fr"),
 O("downing-street", "داونينغ ستريت", ["داوننغ ستريت", "مقر رئاسة الوزراء البريطانية"], "Downing Street", "government", "مقر رئاسة الحكومة البريطانية في لندن", "Seat of the UK prime minister in London", "country-gb"),
 O("pentagon", "البنتاغون", ["وزارة الدفاع الأمريكية", "وزارة الدفاع الأميركية", "البنتاجون", "وزارة الحرب الأمريكية"], "Pentagon (US Department of Defense)", "ministry",
   "وزارة الدفاع الأمريكية ومقرها", "The US Department of Defense and its headquarters", "country-us"),
 O("us-state-department", "وزارة الخارجية الأمريكية", ["وزارة الخارجية الأميركية", "الخارجية الأمريكية", "الخارجية الأميركية"], "US Department of State", "ministry",
   "وزارة الخارجية في الولايات المتحدة", "Foreign ministry of the United States", "country-us"),
 O("us-congress", "الكونغرس الأمريكي", ["الكونغرس", "الكونغرس الأميركي", "الكونجرس", "الكونجرس الأمريكي"], "United States Congress", "parliament", "السلطة التشريعية في الولايات المتحدة", "Legislature of the United States", "country-us"),
 O("us-senate", "مجلس الشيوخ الأمريكي", ["مجلس الشيوخ الأميركي", "مجلس الشيوخ"], "United States Senate", "parliament", "الغرفة العليا في الكونغرس الأمريكي", "Upper house of the US Congress", "country-us"),
 O("us-house", "مجلس النواب الأمريكي", ["مجلس النواب الأميركي"], "US House of Representatives", "parliament", "الغرفة السفلى في الكونغرس الأمريكي", "Lower house of the US Congress", "country-us"),
 O("cia", "وكالة الاستخبارات المركزية الأمريكية", ["وكالة المخابرات المركزية الأمريكية", "سي آي إيه", "الاستخبارات المركزية الأمريكية", "المخابرات المركزية الأمريكية", "وكالة الاستخبارات المركزية", "وكالة المخابرات المركزية الأميركية"], "CIA", "intelligence agency",
   "وكالة الاستخبارات الخارجية للولايات المتحدة", "Foreign intelligence agency of the United States", "country-us"),
 O("fbi", "مكتب التحقيقات الفيدرالي", ["مكتب التحقيقات الفدرالي", "إف بي آي", "مكتب التحقيقات الفيدرالي الأمريكي"], "FBI", "law enforcement agency", "جهاز التحقيقات والأمن الداخلي في الولايات المتحدة", "US domestic intelligence and federal law enforcement agency", "country-us"),
 O("nsa-us", "وكالة الأمن القومي الأمريكية", ["وكالة الأمن القومي الأميركية"], "National Security Agency", "intelligence agency", "وكالة الاستخبارات الإلكترونية الأمريكية", "US signals intelligence agency", "country-us"),
 O("russian-duma", "مجلس الدوما", ["الدوما", "مجلس الدوما الروسي", "الدوما الروسي", "مجلس النواب الروسي", "البرلمان الروسي", "مجلس الدوما الروسي (البرلمان)"], "State Duma", "parliament",
   "مجلس الدوما: الغرفة السفلى في البرلمان الروسي (الجمعية الفيدرالية)", "State Duma: lower house of the Russian parliament (Federal Assembly)", "country-ru", ids={"wikidata": "Q183597"}),
 O("russian-federation-council", "مجلس الاتحاد الروسي", ["مجلس الاتحاد"], "Federation Council", "parliament", "الغرفة العليا في البرلمان الروسي", "Upper house of the Russian parliament", "country-ru"),
 O("russian-mfa", "وزارة الخارجية الروسية", ["الخارجية الروسية"], "Ministry of Foreign Affairs of Russia", "ministry", "وزارة الخارجية في روسيا", "Foreign ministry of Russia", "country-ru"),
 O("russian-mod", "وزارة الدفاع الروسية", ["الدفاع الروسية"], "Ministry of Defence of Russia", "ministry", "وزارة الدفاع في روسيا", "Defence ministry of Russia", "country-ru"),
 O("fsb", "جهاز الأمن الفيدرالي الروسي", ["الأمن الفيدرالي الروسي", "جهاز الأمن الفدرالي الروسي", "إف إس بي"], "FSB", "intelligence agency", "جهاز الأمن الداخلي الروسي", "Russia's domestic security service", "country-ru"),
 O("svr", "جهاز الاستخبارات الخارجية الروسي", ["الاستخبارات الخارجية الروسية"], "SVR", "intelligence agency", "جهاز الاستخبارات الخارجية في روسيا", "Russia's foreign intelligence service", "country-ru"),
 O("gru", "الاستخبارات العسكرية الروسية", [], "GRU", "intelligence agency", "جهاز الاستخبارات العسكرية الروسي", "Russian military intelligence", "country-ru"),
 O("wagner-group", "مجموعة فاغنر", ["فاغنر", "فاجنر", "مجموعة فاجنر"], "Wagner Group", "private military company", "مجموعة عسكرية روسية خاصة", "Russian private military group", "country-ru"),
 O("kr-nis", "جهاز الاستخبارات الوطني الكوري الجنوبي", ["وكالة الاستخبارات الوطنية", "جهاز الاستخبارات الوطني", "جهاز المخابرات الوطني الكوري الجنوبي", "وكالة الاستخبارات الوطنية الكورية الجنوبية", "جهاز الاستخبارات الوطنية"], "National Intelligence Service (South Korea)", "intelligence agency",
   "جهاز الاستخبارات في كوريا الجنوبية", "South Korea's intelligence agency", "country-kr"),
 O("wpk", "حزب العمال الكوري", ["حزب العمال الكوري الشمالي", "الحزب الحاكم في كوريا الشمالية"], "Workers' Party of Korea", "party", "الحزب الحاكم في كوريا الشمالية", "Ruling party of North Korea", "country-kp"),
 O("mossad", "الموساد", ["جهاز الموساد", "الموساد الإسرائيلي"], "Mossad", "intelligence agency", "جهاز الاستخبارات الخارجية الإسرائيلي", "Israel's foreign intelligence agency", "country-il"),
 O("shin-bet", "الشاباك", ["جهاز الأمن العام الإسرائيلي", "الشين بيت", "جهاز الشاباك"], "Shin Bet", "intelligence agency", "جهاز الأمن الداخلي الإسرائيلي", "Israel's internal security service", "country-il"),
 O("knesset", "الكنيست", ["الكنيست الإسرائيلي", "البرلمان الإسرائيلي"], "Knesset", "parliament", "البرلمان الإسرائيلي", "Parliament of Israel", "country-il"),
 O("mi6", "جهاز الاستخبارات البريطاني", ["جهاز الاستخبارات السرية البريطاني", "إم آي 6", "الاستخبارات البريطانية"], "MI6 (Secret Intelligence Service)", "intelligence agency", "جهاز الاستخبارات الخارجية البريطاني", "UK foreign intelligence service", "country-gb"),
 O("uk-parliament", "البرلمان البريطاني", ["مجلس العموم البريطاني", "مجلس العموم"], "UK Parliament", "parliament", "البرلمان في المملكة المتحدة", "Parliament of the United Kingdom", "country-gb"),
 O("irgc", "الحرس الثوري الإيراني", ["الحرس الثوري", "حرس الثورة الإسلامية", "الحرس الثوري الإسلامي"], "Islamic Revolutionary Guard Corps", "armed force", "قوة عسكرية إيرانية موازية للجيش", "Iranian military force parallel to the army", "country-ir"),
 O("quds-force", "فيلق القدس", ["فيلق القدس الإيراني"], "Quds Force", "armed force", "وحدة العمليات الخارجية في الحرس الثوري الإيراني", "External operations arm of Iran's Revolutionary Guards", "country-ir"),
 O("iran-majlis", "مجلس الشورى الإسلامي", ["البرلمان الإيراني", "مجلس الشورى الإيراني"], "Islamic Consultative Assembly", "parliament", "البرلمان الإيراني", "Parliament of Iran", "country-ir"),
 O("tr-mit", "جهاز الاستخبارات التركي", ["الاستخبارات التركية", "جهاز المخابرات التركي"], "National Intelligence Organization (Turkey)", "intelligence agency", "جهاز الاستخبارات في تركيا", "Turkey's intelligence agency", "country-tr"),
 O("tr-parliament", "البرلمان التركي", ["الجمعية الوطنية الكبرى التركية", "مجلس الأمة التركي الكبير"], "Grand National Assembly of Turkey", "parliament", "البرلمان في تركيا", "Parliament of Turkey", "country-tr"),
 O("ua-sbu", "جهاز الأمن الأوكراني", ["الأمن الأوكراني"], "Security Service of Ukraine (SBU)", "intelligence agency", "جهاز الأمن والاستخبارات في أوكرانيا", "Ukraine's security and intelligence service", "country-ua"),
 O("ua-rada", "البرلمان الأوكراني", ["الرادا", "البرلمان الأوكراني (الرادا)", "المجلس الأعلى الأوكراني"], "Verkhovna Rada", "parliament", "البرلمان في أوكرانيا", "Parliament of Ukraine", "country-ua"),
 O("eg-gis", "جهاز المخابرات العامة المصرية", ["المخابرات العامة المصرية", "المخابرات المصرية"], "General Intelligence Directorate (Egypt)", "intelligence agency", "جهاز الاستخبارات في مصر", "Egypt's intelligence service", "country-eg"),
 O("sa-gip", "رئاسة الاستخبارات العامة السعودية", ["الاستخبارات العامة السعودية", "الاستخبارات السعودية"], "General Intelligence Presidency (Saudi Arabia)", "intelligence agency", "جهاز الاستخبارات في السعودية", "Saudi Arabia's intelligence agency", "country-sa"),
 O("cpc", "الحزب الشيوعي الصيني", [], "Communist Party of China", "party", "الحزب الحاكم في الصين", "Ruling party of China", "country-cn"),
 O("united-russia", "حزب روسيا الموحدة", ["روسيا الموحدة"], "United Russia", "party", "الحزب الحاكم في روسيا", "Ruling party of Russia", "country-ru"),
 O("us-democratic-party", "الحزب الديمقراطي الأمريكي", ["الحزب الديمقراطي الأميركي"], "Democratic Party (US)", "party", "أحد الحزبين الرئيسيين في الولايات المتحدة", "One of the two major US parties", "country-us"),
 O("us-republican-party", "الحزب الجمهوري الأمريكي", ["الحزب الجمهوري", "الحزب الجمهوري الأميركي"], "Republican Party (US)", "party", "أحد الحزبين الرئيسيين في الولايات المتحدة", "One of the two major US parties", "country-us"),
 O("uk-labour", "حزب العمال البريطاني", [], "Labour Party (UK)", "party", "حزب يسار الوسط في بريطانيا", "Centre-left party in the UK", "country-gb"),
 O("uk-conservatives", "حزب المحافظين البريطاني", [], "Conservative Party (UK)", "party", "حزب يمين الوسط في بريطانيا", "Centre-right party in the UK", "country-gb"),
 O("akp", "حزب العدالة والتنمية التركي", ["العدالة والتنمية التركي"], "Justice and Development Party (Turkey)", "party", "الحزب الحاكم في تركيا بزعامة أردوغان", "Turkey's ruling party led by Erdoğan", "country-tr"),
 O("likud", "حزب الليكود", ["الليكود"], "Likud", "party", "حزب يميني إسرائيلي", "Right-wing Israeli party", "country-il"),
 O("plo", "منظمة التحرير الفلسطينية", ["منظمة التحرير"], "Palestine Liberation Organization", "political organization", "المنظمة الممثلة للشعب الفلسطيني", "Organisation representing the Palestinian people", "country-ps"),
 O("palestinian-authority", "السلطة الفلسطينية", ["السلطة الوطنية الفلسطينية"], "Palestinian Authority", "government", "الحكومة الفلسطينية في الضفة الغربية", "Palestinian government in the West Bank", "country-ps"),
 O("hamas", "حركة حماس", ["حركة المقاومة الإسلامية", "حركة المقاومة الإسلامية (حماس)"], "Hamas", "movement", "حركة إسلامية فلسطينية", "Palestinian Islamist movement", "country-ps", amb=["حماس"]),
 O("qassam-brigades", "كتائب القسام", ["كتائب عز الدين القسام", "كتائب الشهيد عز الدين القسام"], "Al-Qassam Brigades", "armed group", "الجناح العسكري لحركة حماس", "Military wing of Hamas", "country-ps"),
 O("fatah", "حركة فتح", ["حركة التحرير الوطني الفلسطيني"], "Fatah", "movement", "حركة سياسية فلسطينية", "Palestinian political movement", "country-ps", amb=["فتح"]),
 O("pij", "حركة الجهاد الإسلامي", ["الجهاد الإسلامي", "حركة الجهاد الإسلامي في فلسطين"], "Palestinian Islamic Jihad", "movement", "حركة إسلامية فلسطينية مسلحة", "Palestinian armed Islamist movement", "country-ps"),
 O("hezbollah", "حزب الله", ["حزب الله اللبناني", "جماعة حزب الله"], "Hezbollah", "movement", "حزب وجماعة مسلحة شيعية لبنانية", "Lebanese Shia party and armed group", "country-lb"),
 O("houthis", "جماعة الحوثي", ["الحوثيون", "الحوثيين", "جماعة أنصار الله", "أنصار الله", "جماعة الحوثيين", "ميليشيا الحوثي"], "Houthis (Ansar Allah)", "movement", "جماعة مسلحة يمنية تسيطر على صنعاء", "Yemeni armed movement controlling Sanaa", "country-ye"),
 O("isis", "تنظيم الدولة الإسلامية", ["داعش", "تنظيم داعش", "تنظيم الدولة", "تنظيم الدولة الإسلامية في العراق والشام"], "Islamic State (ISIS)", "armed group", "تنظيم جهادي مسلح", "Jihadist armed group"),
 O("al-qaeda", "تنظيم القاعدة", [], "Al-Qaeda", "armed group", "تنظيم جهادي مسلح", "Jihadist armed group", amb=["القاعدة"]),
 O("taliban", "حركة طالبان", ["طالبان"], "Taliban", "movement", "الحركة الحاكمة في أفغانستان منذ 2021", "Movement ruling Afghanistan since 2021", "country-af"),
 O("muslim-brotherhood", "جماعة الإخوان المسلمين", ["الإخوان المسلمون", "الإخوان المسلمين", "الإخوان"], "Muslim Brotherhood", "movement", "جماعة إسلامية تأسست في مصر عام 1928", "Islamist movement founded in Egypt in 1928"),
 O("rsf-sudan", "قوات الدعم السريع", ["الدعم السريع"], "Rapid Support Forces", "armed group", "قوة عسكرية سودانية تقاتل الجيش السوداني منذ 2023", "Sudanese paramilitary force at war with the army since 2023", "country-sd"),
 O("sdf", "قوات سوريا الديمقراطية", ["قسد"], "Syrian Democratic Forces", "armed group", "تحالف مسلح بقيادة كردية في شمال شرق سوريا", "Kurdish-led armed alliance in northeastern Syria", "country-sy"),
 O("hts", "هيئة تحرير الشام", [], "Hayat Tahrir al-Sham", "armed group", "فصيل مسلح سوري قاد إسقاط نظام الأسد عام 2024", "Syrian armed faction that led the fall of Assad in 2024", "country-sy"),
 O("pkk", "حزب العمال الكردستاني", ["بي كا كا"], "Kurdistan Workers' Party (PKK)", "armed group", "حزب كردي مسلح", "Kurdish armed party"),
 O("lna", "الجيش الوطني الليبي", ["قوات حفتر"], "Libyan National Army", "armed force", "قوات شرق ليبيا بقيادة خليفة حفتر", "Eastern Libyan forces led by Khalifa Haftar", "country-ly"),
 # --- Arab parliaments and bodies
 O("eg-house", "مجلس النواب المصري", ["البرلمان المصري"], "House of Representatives (Egypt)", "parliament", "البرلمان في مصر", "Parliament of Egypt", "country-eg"),
 O("jo-parliament", "مجلس الأمة الأردني", ["البرلمان الأردني", "مجلس النواب الأردني"], "Parliament of Jordan", "parliament", "البرلمان في الأردن", "Parliament of Jordan", "country-jo"),
 O("kw-assembly", "مجلس الأمة الكويتي", ["البرلمان الكويتي"], "National Assembly (Kuwait)", "parliament", "البرلمان في الكويت", "Parliament of Kuwait", "country-kw"),
 O("lb-parliament", "مجلس النواب اللبناني", ["البرلمان اللبناني"], "Parliament of Lebanon", "parliament", "البرلمان في لبنان", "Parliament of Lebanon", "country-lb"),
 O("iq-parliament", "مجلس النواب العراقي", ["البرلمان العراقي"], "Council of Representatives of Iraq", "parliament", "البرلمان في العراق", "Parliament of Iraq", "country-iq"),
 O("bh-house", "مجلس النواب البحريني", ["البرلمان البحريني"], "Council of Representatives (Bahrain)", "parliament", "الغرفة المنتخبة في البرلمان البحريني", "Elected chamber of Bahrain's parliament", "country-bh"),
 O("sa-shura", "مجلس الشورى السعودي", [], "Shura Council (Saudi Arabia)", "parliament", "مجلس استشاري في السعودية", "Consultative assembly of Saudi Arabia", "country-sa"),
 O("qa-shura", "مجلس الشورى القطري", [], "Shura Council (Qatar)", "parliament", "مجلس الشورى في قطر", "Consultative assembly of Qatar", "country-qa"),
 O("om-council", "مجلس عمان", [], "Council of Oman", "parliament", "البرلمان في سلطنة عمان", "Parliament of Oman", "country-om"),
 O("ae-fnc", "المجلس الوطني الاتحادي", ["المجلس الوطني الاتحادي الإماراتي"], "Federal National Council (UAE)", "parliament", "البرلمان في الإمارات", "Parliament of the UAE", "country-ae"),
 O("dz-apn", "المجلس الشعبي الوطني الجزائري", ["المجلس الشعبي الوطني", "البرلمان الجزائري"], "People's National Assembly (Algeria)", "parliament", "الغرفة السفلى للبرلمان الجزائري", "Lower house of Algeria's parliament", "country-dz"),
 O("tn-arp", "مجلس نواب الشعب التونسي", ["مجلس نواب الشعب", "البرلمان التونسي"], "Assembly of the Representatives of the People (Tunisia)", "parliament", "البرلمان في تونس", "Parliament of Tunisia", "country-tn"),
 O("ma-house", "مجلس النواب المغربي", ["البرلمان المغربي"], "House of Representatives (Morocco)", "parliament", "الغرفة الأولى للبرلمان المغربي", "Lower house of Morocco's parliament", "country-ma"),
 O("ly-hor", "مجلس النواب الليبي", ["البرلمان الليبي"], "House of Representatives (Libya)", "parliament", "البرلمان الليبي ومقره شرق البلاد", "Libya's parliament, based in the east", "country-ly"),
 O("sy-parliament", "مجلس الشعب السوري", ["البرلمان السوري"], "People's Assembly of Syria", "parliament", "البرلمان في سوريا", "Parliament of Syria", "country-sy"),
 O("ye-parliament", "مجلس النواب اليمني", ["البرلمان اليمني"], "House of Representatives (Yemen)", "parliament", "البرلمان في اليمن", "Parliament of Yemen", "country-ye"),
 O("ps-plc", "المجلس التشريعي الفلسطيني", [], "Palestinian Legislative Council", "parliament", "البرلمان الفلسطيني", "Palestinian parliament", "country-ps"),
 O("ye-plc", "مجلس القيادة الرئاسي", ["مجلس القيادة الرئاسي اليمني"], "Presidential Leadership Council (Yemen)", "government", "الهيئة التي تقود الحكومة اليمنية المعترف بها دوليا منذ 2022", "Body leading Yemen's internationally recognised government since 2022", "country-ye"),
 O("sd-sovereignty-council", "مجلس السيادة السوداني", ["مجلس السيادة"], "Sovereignty Council of Sudan", "government", "هيئة الحكم الانتقالي في السودان", "Sudan's transitional ruling body", "country-sd"),
 # --- news agencies and outlets
 O("reuters", "رويترز", ["وكالة رويترز", "وكالة رويترز للأنباء"], "Reuters", "news agency", "وكالة أنباء دولية مقرها لندن", "International news agency based in London", "country-gb"),
 O("afp", "وكالة فرانس برس", ["فرانس برس", "أ ف ب", "وكالة الصحافة الفرنسية", "فرانس برس (أ ف ب)"], "Agence France-Presse", "news agency", "وكالة أنباء فرنسية دولية", "French international news agency", "country-fr"),
 O("ap", "أسوشيتد برس", ["وكالة أسوشيتد برس", "أسوشييتد برس", "وكالة أسوشييتد برس", "أ ب"], "Associated Press", "news agency", "وكالة أنباء أمريكية", "US news agency", "country-us"),
 O("bloomberg", "بلومبرغ", ["وكالة بلومبرغ", "بلومبيرغ", "بلومبرج"], "Bloomberg", "news agency", "وكالة أنباء اقتصادية أمريكية", "US financial news agency", "country-us"),
 O("dpa", "الوكالة الألمانية", ["وكالة الأنباء الألمانية", "د ب أ"], "Deutsche Presse-Agentur", "news agency", "وكالة الأنباء الألمانية", "German news agency", "country-de"),
 O("tass", "تاس", ["وكالة تاس", "وكالة تاس الروسية", "وكالة تاس للأنباء"], "TASS", "news agency", "وكالة أنباء روسية حكومية", "Russian state news agency", "country-ru"),
 O("ria-novosti", "ريا نوفوستي", ["وكالة ريا نوفوستي", "نوفوستي"], "RIA Novosti", "news agency", "وكالة أنباء روسية حكومية", "Russian state news agency", "country-ru"),
 O("sputnik", "سبوتنيك", ["وكالة سبوتنيك", "سبوتنيك عربي"], "Sputnik", "news agency", "وكالة أنباء روسية حكومية", "Russian state news agency", "country-ru"),
 O("rt-arabic", "روسيا اليوم", ["آر تي", "آر تي عربية", "قناة روسيا اليوم"], "RT Arabic", "news outlet", "قناة روسية حكومية ناطقة بالعربية", "Russian state Arabic-language channel", "country-ru"),
 O("kcna", "وكالة الأنباء المركزية الكورية", ["الوكالة المركزية الكورية للأنباء", "وكالة الأنباء الكورية المركزية"], "Korean Central News Agency", "news agency", "وكالة الأنباء الرسمية في كوريا الشمالية", "North Korea's state news agency", "country-kp"),
 O("yonhap", "يونهاب", ["وكالة يونهاب", "وكالة يونهاب للأنباء"], "Yonhap", "news agency", "وكالة أنباء كورية جنوبية", "South Korean news agency", "country-kr"),
 O("xinhua", "شينخوا", ["وكالة شينخوا", "وكالة أنباء شينخوا", "وكالة أنباء الصين الجديدة"], "Xinhua", "news agency", "وكالة الأنباء الرسمية في الصين", "China's state news agency", "country-cn"),
 O("anadolu", "الأناضول", ["وكالة الأناضول", "وكالة الأناضول للأنباء"], "Anadolu Agency", "news agency", "وكالة أنباء تركية حكومية", "Turkish state news agency", "country-tr"),
 O("irna", "إرنا", ["وكالة إرنا", "وكالة الجمهورية الإسلامية للأنباء"], "IRNA", "news agency", "وكالة الأنباء الرسمية الإيرانية", "Iran's official news agency", "country-ir"),
 O("spa", "وكالة الأنباء السعودية", ["واس", "وكالة واس"], "Saudi Press Agency", "news agency", "وكالة الأنباء الرسمية السعودية", "Saudi Arabia's official news agency", "country-sa"),
 O("mena", "وكالة أنباء الشرق الأوسط", ["أ ش أ"], "Middle East News Agency", "news agency", "وكالة الأنباء الرسمية المصرية", "Egypt's official news agency", "country-eg"),
 O("wam", "وكالة أنباء الإمارات", ["وام"], "Emirates News Agency (WAM)", "news agency", "وكالة الأنباء الرسمية الإماراتية", "UAE's official news agency", "country-ae"),
 O("qna", "وكالة الأنباء القطرية", ["وكالة قنا"], "Qatar News Agency", "news agency", "وكالة الأنباء الرسمية القطرية", "Qatar's official news agency", "country-qa", amb=["قنا"]),
 O("kuna", "وكالة الأنباء الكويتية", ["كونا"], "Kuwait News Agency", "news agency", "وكالة الأنباء الرسمية الكويتية", "Kuwait's official news agency", "country-kw"),
 O("petra", "وكالة الأنباء الأردنية", ["بترا"], "Petra News Agency", "news agency", "وكالة الأنباء الرسمية الأردنية", "Jordan's official news agency", "country-jo"),
 O("sana", "الوكالة العربية السورية للأنباء", ["سانا", "وكالة سانا"], "SANA", "news agency", "وكالة الأنباء الرسمية السورية", "Syria's official news agency", "country-sy"),
 O("wafa", "وكالة الأنباء والمعلومات الفلسطينية", ["وفا", "وكالة وفا"], "WAFA", "news agency", "وكالة الأنباء الرسمية الفلسطينية", "Palestinian official news agency", "country-ps"),
 O("ina-iraq", "وكالة الأنباء العراقية", ["واع"], "Iraqi News Agency", "news agency", "وكالة الأنباء الرسمية العراقية", "Iraq's official news agency", "country-iq"),
 O("map-morocco", "وكالة المغرب العربي للأنباء", [], "Maghreb Arabe Presse", "news agency", "وكالة الأنباء الرسمية المغربية", "Morocco's official news agency", "country-ma"),
 O("aps-algeria", "وكالة الأنباء الجزائرية", [], "Algeria Press Service", "news agency", "وكالة الأنباء الرسمية الجزائرية", "Algeria's official news agency", "country-dz"),
 O("bna", "وكالة أنباء البحرين", [], "Bahrain News Agency", "news agency", "وكالة الأنباء الرسمية البحرينية", "Bahrain's official news agency", "country-bh"),
 O("al-jazeera", "قناة الجزيرة", ["شبكة الجزيرة", "الجزيرة نت", "قناة الجزيرة الفضائية"], "Al Jazeera", "news outlet", "شبكة إعلامية قطرية", "Qatari media network", "country-qa", amb=["الجزيرة"]),
 O("al-arabiya", "قناة العربية", ["العربية نت", "قناة العربية الإخبارية"], "Al Arabiya", "news outlet", "قناة إخبارية سعودية مقرها دبي", "Saudi-owned news channel based in Dubai", "country-sa", amb=["العربية"]),
 O("sky-news-arabia", "سكاي نيوز عربية", ["سكاي نيوز عربي", "قناة سكاي نيوز عربية"], "Sky News Arabia", "news outlet", "قناة إخبارية مقرها أبوظبي", "News channel based in Abu Dhabi", "country-ae"),
 O("bbc", "هيئة الإذاعة البريطانية", ["بي بي سي", "بي.بي.سي", "هيئة الإذاعة البريطانية بي بي سي"], "BBC", "news outlet",
   "هيئة الإذاعة العامة في بريطانيا", "British public broadcaster", "country-gb"),
 O("bbc-arabic", "بي بي سي عربي", ["بي بي سي العربية", "قناة بي بي سي العربية"], "BBC Arabic", "news outlet", "الخدمة العربية لهيئة الإذاعة البريطانية", "Arabic service of the BBC", "country-gb"),
 O("cnn", "سي إن إن", ["شبكة سي إن إن", "سي ان ان"], "CNN", "news outlet", "شبكة إخبارية أمريكية", "US news network", "country-us"),
 O("france24", "فرانس 24", ["فرانس24", "قناة فرانس 24"], "France 24", "news outlet", "قناة إخبارية فرنسية دولية", "French international news channel", "country-fr"),
 O("alhurra", "قناة الحرة", [], "Alhurra", "news outlet", "قناة أمريكية ناطقة بالعربية", "US-funded Arabic-language channel", "country-us", amb=["الحرة"]),
 O("asharq-al-awsat", "صحيفة الشرق الأوسط", ["جريدة الشرق الأوسط"], "Asharq Al-Awsat", "newspaper", "صحيفة عربية يومية تصدر في لندن", "Pan-Arab daily newspaper published in London", "country-sa", amb=["الشرق الأوسط"]),
 O("al-ahram", "الأهرام", ["صحيفة الأهرام", "جريدة الأهرام", "بوابة الأهرام"], "Al-Ahram", "newspaper", "صحيفة يومية مصرية حكومية", "Egyptian state-owned daily newspaper", "country-eg"),
 O("al-osboa", "صحيفة الأسبوع", ["جريدة الأسبوع", "بوابة الأسبوع"], "Al-Osboa", "newspaper", "صحيفة أسبوعية مصرية", "Egyptian weekly newspaper", "country-eg", amb=["الأسبوع"]),
 O("youm7", "اليوم السابع", ["صحيفة اليوم السابع"], "Youm7", "newspaper", "صحيفة وموقع إخباري مصري", "Egyptian newspaper and news site", "country-eg"),
 O("al-masry-al-youm", "المصري اليوم", ["صحيفة المصري اليوم"], "Al-Masry Al-Youm", "newspaper", "صحيفة مصرية يومية", "Egyptian daily newspaper", "country-eg"),
 O("okaz", "صحيفة عكاظ", ["عكاظ"], "Okaz", "newspaper", "صحيفة سعودية يومية", "Saudi daily newspaper", "country-sa"),
 O("al-riyadh-newspaper", "صحيفة الرياض", ["جريدة الرياض"], "Al Riyadh (newspaper)", "newspaper", "صحيفة سعودية يومية", "Saudi daily newspaper", "country-sa"),
 O("al-quds-al-arabi", "القدس العربي", ["صحيفة القدس العربي"], "Al-Quds Al-Arabi", "newspaper", "صحيفة عربية تصدر في لندن", "Pan-Arab newspaper published in London"),
 O("an-nahar", "صحيفة النهار", ["النهار اللبنانية"], "An-Nahar", "newspaper", "صحيفة لبنانية يومية", "Lebanese daily newspaper", "country-lb"),
 O("new-york-times", "نيويورك تايمز", ["صحيفة نيويورك تايمز"], "The New York Times", "newspaper", "صحيفة أمريكية يومية", "US daily newspaper", "country-us"),
 O("washington-post", "واشنطن بوست", ["صحيفة واشنطن بوست"], "The Washington Post", "newspaper", "صحيفة أمريكية يومية", "US daily newspaper", "country-us"),
 O("wall-street-journal", "وول ستريت جورنال", ["صحيفة وول ستريت جورنال"], "The Wall Street Journal", "newspaper", "صحيفة أمريكية اقتصادية", "US business newspaper", "country-us"),
 O("guardian", "الغارديان", ["صحيفة الغارديان", "الجارديان"], "The Guardian", "newspaper", "صحيفة بريطانية يومية", "UK daily newspaper", "country-gb"),
 O("financial-times", "فايننشال تايمز", ["صحيفة فايننشال تايمز", "فاينانشيال تايمز"], "Financial Times", "newspaper", "صحيفة بريطانية اقتصادية", "UK business newspaper", "country-gb"),
 O("haaretz", "هآرتس", ["صحيفة هآرتس"], "Haaretz", "newspaper", "صحيفة إسرائيلية", "Israeli newspaper", "country-il"),
 O("times-of-israel", "تايمز أوف إسرائيل", [], "The Times of Israel", "newspaper", "موقع إخباري إسرائيلي", "Israeli news site", "country-il"),
 O("axios", "أكسيوس", ["موقع أكسيوس"], "Axios", "news outlet", "موقع إخباري أمريكي", "US news site", "country-us"),
 O("politico", "بوليتيكو", ["مجلة بوليتيكو", "موقع بوليتيكو"], "Politico", "news outlet", "وسيلة إعلام أمريكية سياسية", "US political news outlet", "country-us"),
 # --- companies
 O("aramco", "أرامكو السعودية", ["أرامكو", "شركة أرامكو"], "Saudi Aramco", "company", "شركة النفط الوطنية السعودية", "Saudi national oil company", "country-sa"),
 O("sabic", "سابك", ["الشركة السعودية للصناعات الأساسية"], "SABIC", "company", "شركة بتروكيماويات سعودية", "Saudi petrochemicals company", "country-sa"),
 O("adnoc", "أدنوك", ["شركة بترول أبوظبي الوطنية"], "ADNOC", "company", "شركة النفط الوطنية في أبوظبي", "Abu Dhabi's national oil company", "country-ae"),
 O("qatarenergy", "قطر للطاقة", [], "QatarEnergy", "company", "شركة الطاقة الوطنية القطرية", "Qatar's national energy company", "country-qa"),
 O("gazprom", "غازبروم", ["شركة غازبروم"], "Gazprom", "company", "شركة غاز روسية حكومية", "Russian state gas company", "country-ru"),
 O("rosneft", "روسنفت", ["شركة روسنفت"], "Rosneft", "company", "شركة نفط روسية حكومية", "Russian state oil company", "country-ru"),
 O("rosatom", "روساتوم", ["مؤسسة روساتوم"], "Rosatom", "company", "المؤسسة الحكومية الروسية للطاقة النووية", "Russian state nuclear energy corporation", "country-ru"),
 O("emirates-airline", "طيران الإمارات", [], "Emirates", "company", "شركة طيران إماراتية مقرها دبي", "UAE airline based in Dubai", "country-ae"),
 O("qatar-airways", "الخطوط الجوية القطرية", ["القطرية للطيران"], "Qatar Airways", "company", "شركة الطيران الوطنية القطرية", "Qatar's national airline", "country-qa"),
 O("saudia", "الخطوط الجوية العربية السعودية", ["الخطوط السعودية"], "Saudia", "company", "شركة الطيران الوطنية السعودية", "Saudi national airline", "country-sa"),
 O("apple", "شركة أبل", ["شركة آبل"], "Apple", "company", "شركة تقنية أمريكية", "US technology company", "country-us", amb=["أبل", "آبل"]),
 O("microsoft", "مايكروسوفت", ["شركة مايكروسوفت"], "Microsoft", "company", "شركة برمجيات أمريكية", "US software company", "country-us"),
 O("google", "غوغل", ["جوجل", "شركة غوغل", "شركة جوجل"], "Google", "company", "شركة تقنية أمريكية تابعة لألفابت", "US technology company owned by Alphabet", "country-us"),
 O("amazon", "أمازون", ["شركة أمازون"], "Amazon", "company", "شركة تجارة إلكترونية وتقنية أمريكية", "US e-commerce and technology company", "country-us"),
 O("meta", "شركة ميتا", ["ميتا بلاتفورمز"], "Meta Platforms", "company", "شركة تقنية أمريكية مالكة فيسبوك وإنستغرام وواتساب", "US company owning Facebook, Instagram and WhatsApp", "country-us", amb=["ميتا"]),
 O("facebook", "فيسبوك", ["فيس بوك"], "Facebook", "company", "منصة تواصل اجتماعي تابعة لميتا", "Social network owned by Meta", "country-us"),
 O("tesla", "تسلا", ["شركة تسلا"], "Tesla", "company", "شركة سيارات كهربائية أمريكية", "US electric car maker", "country-us"),
 O("spacex", "سبيس إكس", ["شركة سبيس إكس"], "SpaceX", "company", "شركة فضاء أمريكية", "US space company", "country-us"),
 O("nvidia", "إنفيديا", ["شركة إنفيديا", "انفيديا"], "Nvidia", "company", "شركة رقائق أمريكية", "US chip maker", "country-us"),
 O("openai", "أوبن إيه آي", ["شركة أوبن إيه آي"], "OpenAI", "company", "شركة ذكاء اصطناعي أمريكية", "US artificial intelligence company", "country-us"),
 O("boeing", "بوينغ", ["بوينج", "شركة بوينغ"], "Boeing", "company", "شركة طائرات أمريكية", "US aircraft maker", "country-us"),
 O("airbus", "إيرباص", ["ايرباص", "شركة إيرباص"], "Airbus", "company", "شركة طائرات أوروبية", "European aircraft maker"),
 O("lockheed-martin", "لوكهيد مارتن", ["شركة لوكهيد مارتن"], "Lockheed Martin", "company", "شركة صناعات دفاعية أمريكية", "US defence company", "country-us"),
 O("exxonmobil", "إكسون موبيل", ["إكسون"], "ExxonMobil", "company", "شركة نفط أمريكية", "US oil company", "country-us"),
 O("shell", "شل", ["شركة شل"], "Shell", "company", "شركة نفط وغاز بريطانية", "British oil and gas company", "country-gb"),
 O("samsung", "سامسونغ", ["سامسونج", "شركة سامسونغ"], "Samsung", "company", "مجموعة شركات كورية جنوبية", "South Korean conglomerate", "country-kr"),
 O("huawei", "هواوي", ["شركة هواوي"], "Huawei", "company", "شركة اتصالات صينية", "Chinese telecoms company", "country-cn"),
 O("tiktok", "تيك توك", ["تطبيق تيك توك"], "TikTok", "company", "منصة فيديو مملوكة لشركة بايت دانس الصينية", "Video platform owned by China's ByteDance"),
 O("toyota", "تويوتا", ["شركة تويوتا"], "Toyota", "company", "شركة سيارات يابانية", "Japanese car maker", "country-jp"),
 O("suez-canal-authority", "هيئة قناة السويس", [], "Suez Canal Authority", "government agency", "الهيئة المصرية المشغلة لقناة السويس", "Egyptian authority operating the Suez Canal", "country-eg"),
]

# Foreign/defence ministries, armies, governments generated for G20 + Arab League states
# from the feminine/masculine demonym (وزارة الخارجية الروسية، الجيش الروسي).
SKIP_GEN = {("mfa", "US"), ("mod", "US"), ("mfa", "RU"), ("mod", "RU")}


def _demonym(code):
    specs = CX.EXTRA[code][3]
    if not specs:
        return None
    stem = specs[0].split(";")[0].rstrip("+")
    return stem, " ".join(w + "ة" if w.endswith("ي") else w for w in stem.split(" "))


def generated():
    out = []
    for code in sorted(CX.G20 | CX.ARAB_LEAGUE | {"IL", "IR", "UA", "KP"}):
        d = _demonym(code)
        if not d:
            continue
        masc, fem = d
        en, ar_over = CX.EXTRA[code][0], CX.EXTRA[code][1]
        cid = "country-" + code.lower()
        pre = code.lower()
        out.append(O(f"{pre}-government", f"الحكومة {fem}", [], f"Government of {en}",
                     "government", f"الحكومة في {{c}}", f"Government of {en}", cid))
        if (("mfa", code)) not in SKIP_GEN:
            out.append(O(f"{pre}-mfa", f"وزارة الخارجية {fem}", [f"الخارجية {fem}"], f"Ministry of Foreign Affairs ({en})",
                         "ministry", f"وزارة الخارجية في {{c}}", f"Foreign ministry of {en}", cid))
        if (("mod", code)) not in SKIP_GEN:
            out.append(O(f"{pre}-mod", f"وزارة الدفاع {fem}", [], f"Ministry of Defence ({en})",
                         "ministry", f"وزارة الدفاع في {{c}}", f"Defence ministry of {en}", cid))
        if code == "PS":
            continue  # no state army; factions are listed by hand
        out.append(O(f"{pre}-army", f"الجيش {masc}", [f"القوات المسلحة {fem}"], f"Armed forces of {en}",
                     "armed force", f"القوات المسلحة في {{c}}", f"Armed forces of {en}", cid))
    return out


EXTRA_ALIASES = {
    "il-army": ["جيش الاحتلال الإسرائيلي", "جيش الدفاع الإسرائيلي"],
    "us-army": ["الجيش الأميركي", "القوات الأمريكية", "القوات الأميركية"],
    "ru-army": ["القوات الروسية"],
    "ua-army": ["القوات الأوكرانية"],
    "kp-army": ["جيش كوريا الديمقراطية", "الجيش الشعبي الكوري"],
    "us-government": ["الحكومة الأميركية", "الإدارة الأمريكية", "الإدارة الأميركية"],
    "gb-mfa": ["وزارة الخارجية والكومنولث والتنمية"],
    "cn-army": ["جيش التحرير الشعبي", "جيش التحرير الشعبي الصيني"],
}


def entities(cnames):
    """cnames: country id -> Arabic name (from the generated countries)."""
    out = []
    for e in ORGS + generated():
        e = dict(e)
        if "{c}" in e["description_ar"]:
            e["description_ar"] = e["description_ar"].replace("{c}", cnames[e["country"]])
        e["aliases"] = e["aliases"] + EXTRA_ALIASES.get(e["id"], [])
        out.append(e)
    return out


AMBIGUITY_RULES = {
    "الأهلي": ("club-al-ahly-eg", "Context-only for both: Al Ahly (Cairo) in an Egyptian story, Al-Ahli (Jeddah) in a "
               "Saudi one; else unlinked"),
    "ولاية أدرار": ("dz-province-adrar", "Algeria's Adrar Province; Mauritania's Adrar region (آدرار) in a Mauritanian story"),
    "الشرقية": ("sa-region-eastern", "Context-only for both: Saudi Arabia's Eastern Province in a Saudi story, Egypt's "
                "Sharqia Governorate in an Egyptian one; else unlinked"),
    "قنا": ("qna", "The Qatar News Agency (QNA) as a source (وكالة/المصدر, a Qatari story); the Egyptian city "
            "and governorate of Qena after مدينة/محافظة or in an Egyptian story"),
    "عمان": ("country-om", "عُمان (Oman) unless the context is Jordan or the spelling is عمّان (Amman, the Jordanian capital)"),
    "أوستن": ("lloyd-austin", "In news أوستن is usually Lloyd Austin (US defence secretary 2021–2025); Austin, Texas when تكساس is near"),
    "الشرق الأوسط": ("region-middle-east", "The region; the newspaper (صحيفة الشرق الأوسط) only after صحيفة/جريدة or المصدر:"),
}
