"""Heads of state and government (written by the isnad team from general knowledge; see
SOURCES.md): the Arab League states, Iran, Turkey and Israel since 2000 with dates (a month
only where certain), then heads of other UN members at the base's cut-off (2025-06) where
the team is certain.

One title per office, «<office> <country>» (أمير الكويت، رئيس وزراء العراق، ملك الأردن), with
`org` the country's id: the linker finds the holder of an office at an article's date
through these roles. TITLES rewrites the variant titles of the other people files (رئيس
مجلس الوزراء الكويتي، الوزير الأول الجزائري، رئيس الحكومة التونسية) to the office's title.
"""
from curated_people import R
from curated_people_historical import H

HS, HG, MON = "head of state", "head of government", "monarch"


def c(code):
    return f"country-{code}"


# The offices: code -> {kind: (title_ar, title_en)}; kind "hos" head of state, "hog" head of
# government.
OFFICES = {
    "sa": {"hos": ("ملك السعودية", "King of Saudi Arabia"), "hog": ("رئيس وزراء السعودية", "Prime Minister of Saudi Arabia")},
    "eg": {"hos": ("رئيس مصر", "President of Egypt"), "hog": ("رئيس وزراء مصر", "Prime Minister of Egypt")},
    "iq": {"hos": ("رئيس العراق", "President of Iraq"), "hog": ("رئيس وزراء العراق", "Prime Minister of Iraq")},
    "sy": {"hos": ("رئيس سوريا", "President of Syria"), "hog": ("رئيس وزراء سوريا", "Prime Minister of Syria")},
    "jo": {"hos": ("ملك الأردن", "King of Jordan"), "hog": ("رئيس وزراء الأردن", "Prime Minister of Jordan")},
    "lb": {"hos": ("رئيس لبنان", "President of Lebanon"), "hog": ("رئيس وزراء لبنان", "Prime Minister of Lebanon")},
    "kw": {"hos": ("أمير الكويت", "Emir of Kuwait"), "hog": ("رئيس وزراء الكويت", "Prime Minister of Kuwait")},
    "ae": {"hos": ("رئيس الإمارات", "President of the UAE"), "hog": ("رئيس وزراء الإمارات", "Prime Minister of the UAE")},
    "qa": {"hos": ("أمير قطر", "Emir of Qatar"), "hog": ("رئيس وزراء قطر", "Prime Minister of Qatar")},
    "bh": {"hos": ("ملك البحرين", "King of Bahrain"), "hog": ("رئيس وزراء البحرين", "Prime Minister of Bahrain")},
    "om": {"hos": ("سلطان عمان", "Sultan of Oman")},
    "ye": {"hos": ("رئيس اليمن", "President of Yemen"), "hog": ("رئيس وزراء اليمن", "Prime Minister of Yemen")},
    "ly": {"hog": ("رئيس وزراء ليبيا", "Prime Minister of Libya")},
    "tn": {"hos": ("رئيس تونس", "President of Tunisia"), "hog": ("رئيس وزراء تونس", "Prime Minister of Tunisia")},
    "dz": {"hos": ("رئيس الجزائر", "President of Algeria"), "hog": ("رئيس وزراء الجزائر", "Prime Minister of Algeria")},
    "ma": {"hos": ("ملك المغرب", "King of Morocco"), "hog": ("رئيس وزراء المغرب", "Prime Minister of Morocco")},
    "sd": {"hos": ("رئيس السودان", "President of Sudan"), "hog": ("رئيس وزراء السودان", "Prime Minister of Sudan")},
    "mr": {"hos": ("رئيس موريتانيا", "President of Mauritania"), "hog": ("رئيس وزراء موريتانيا", "Prime Minister of Mauritania")},
    "so": {"hos": ("رئيس الصومال", "President of Somalia"), "hog": ("رئيس وزراء الصومال", "Prime Minister of Somalia")},
    "dj": {"hos": ("رئيس جيبوتي", "President of Djibouti"), "hog": ("رئيس وزراء جيبوتي", "Prime Minister of Djibouti")},
    "km": {"hos": ("رئيس جزر القمر", "President of the Comoros")},
    "ps": {"hos": ("رئيس فلسطين", "President of Palestine"), "hog": ("رئيس وزراء فلسطين", "Prime Minister of Palestine")},
    "ir": {"hos": ("رئيس إيران", "President of Iran")},
    "tr": {"hos": ("رئيس تركيا", "President of Turkey"), "hog": ("رئيس وزراء تركيا", "Prime Minister of Turkey")},
    "il": {"hos": ("رئيس إسرائيل", "President of Israel"), "hog": ("رئيس وزراء إسرائيل", "Prime Minister of Israel")},
}

# Variant titles in the other people files -> (country code, office kind). Interim and
# transitional holders hold the same office (their descriptions say so).
TITLES = {
    "ملك المملكة العربية السعودية": ("sa", "hos"), "رئيس مجلس الوزراء السعودي": ("sa", "hog"),
    "رئيس الوزراء المصري": ("eg", "hog"), "رئيس مصر المؤقت": ("eg", "hos"),
    "رئيس الوزراء العراقي": ("iq", "hog"), "رئيس العراق المؤقت": ("iq", "hos"),
    "رئيس مجلس الوزراء السوري": ("sy", "hog"), "رئيس سوريا للمرحلة الانتقالية": ("sy", "hos"),
    "رئيس الوزراء الأردني": ("jo", "hog"),
    "رئيس مجلس الوزراء اللبناني": ("lb", "hog"),
    "رئيس مجلس الوزراء الكويتي": ("kw", "hog"),
    "رئيس دولة الإمارات": ("ae", "hos"), "رئيس مجلس الوزراء الإماراتي": ("ae", "hog"),
    "رئيس مجلس الوزراء القطري": ("qa", "hog"),
    "رئيس مجلس الوزراء البحريني": ("bh", "hog"),
    "رئيس الوزراء اليمني": ("ye", "hog"),
    "رئيس الحكومة الليبية": ("ly", "hog"), "رئيس حكومة الوحدة الوطنية الليبية": ("ly", "hog"),
    "الوزير الأول التونسي": ("tn", "hog"), "رئيس الحكومة التونسية": ("tn", "hog"), "رئيسة الحكومة التونسية": ("tn", "hog"),
    "الوزير الأول الجزائري": ("dz", "hog"),
    "الوزير الأول المغربي": ("ma", "hog"), "رئيس الحكومة المغربية": ("ma", "hog"),
    "رئيس الوزراء السوداني": ("sd", "hog"),
    "رئيس الوزراء الفلسطيني": ("ps", "hog"), "رئيس السلطة الفلسطينية": ("ps", "hos"),
    "رئيس الوزراء الإسرائيلي": ("il", "hog"),
    "رئيسة وزراء تركيا": ("tr", "hog"),
}


def canonical_roles(people):
    """Rewrite variant office titles to the office's title, `org` to the country. The PA's
    president is the president of Palestine in the news («الرئيس الفلسطيني»)."""
    for p in people:
        roles = []
        for r in p.get("roles", []):
            r = dict(r)
            hit = TITLES.get(r["title_ar"])
            if hit:
                code, kind = hit
                r["title_ar"], r["title_en"] = OFFICES[code][kind]
                r["org"] = c(code)
            roles.append(r)
        p["roles"] = roles


def off(code, kind, frm=None, to=None):
    t = OFFICES[code][kind]
    return R(t[0], t[1], c(code), frm, to)


PEOPLE = [
 # --- Gulf
 H("maktoum-bin-rashid", "الشيخ مكتوم بن راشد آل مكتوم", ["مكتوم بن راشد آل مكتوم", "مكتوم بن راشد"], "Maktoum bin Rashid Al Maktoum",
   "رئيس وزراء الإمارات وحاكم دبي بين 1990 و2006 (توفي 2006)", "Prime Minister of the UAE and Ruler of Dubai 1990–2006 (died 2006)", c("ae"),
   [off("ae", "hog", "1971-12", "1979"), off("ae", "hog", "1990", "2006-01")], HG),
 H("saad-al-abdullah", "الشيخ سعد العبدالله السالم الصباح", ["سعد العبدالله السالم الصباح", "سعد العبد الله السالم الصباح", "الشيخ سعد العبدالله", "سعد العبدالله الصباح"],
   "Saad Al-Abdullah Al-Salim Al-Sabah", "ولي عهد الكويت ورئيس وزرائها بين 1978 و2003، وأميرها في يناير 2006 (توفي 2008)",
   "Crown Prince and Prime Minister of Kuwait 1978–2003; Emir in January 2006 (died 2008)", c("kw"),
   [off("kw", "hog", "1978-02", "2003-07"), off("kw", "hos", "2006-01", "2006-01")], MON),
 H("mohammad-sabah-al-salem", "الشيخ محمد صباح السالم الصباح", ["محمد صباح السالم الصباح", "محمد صباح السالم"], "Mohammad Sabah Al-Salem Al-Sabah",
   "رئيس وزراء الكويت بين يناير وأبريل 2024 ووزير خارجيتها بين 2003 و2011", "Prime Minister of Kuwait January–April 2024; Foreign Minister 2003–2011", c("kw"),
   [off("kw", "hog", "2024-01", "2024-04"), R("وزير الخارجية الكويتي", "Foreign Minister of Kuwait", "kw-mfa", "2003", "2011")], HG),
 # --- Levant and Iraq
 H("muhammad-mustafa-mero", "محمد مصطفى ميرو", ["مصطفى ميرو"], "Muhammad Mustafa Mero",
   "رئيس وزراء سوريا بين 2000 و2003", "Prime Minister of Syria 2000–2003", c("sy"), [off("sy", "hog", "2000-03", "2003-09")], HG),
 H("adel-safar", "عادل سفر", [], "Adel Safar", "رئيس وزراء سوريا بين 2011 و2012", "Prime Minister of Syria 2011–2012", c("sy"),
   [off("sy", "hog", "2011-04", "2012-06")], HG),
 H("riyad-hijab", "رياض حجاب", ["رياض فريد حجاب"], "Riyad Hijab",
   "رئيس وزراء سوريا في صيف 2012 قبل انشقاقه، ثم منسق الهيئة العليا للمفاوضات المعارضة", "Prime Minister of Syria in summer 2012 before defecting; later led the opposition's High Negotiations Committee", c("sy"),
   [off("sy", "hog", "2012-06", "2012-08")], HG),
 H("mohammed-al-bashir-sy", "محمد البشير", [], "Mohammed al-Bashir (Syria)",
   "رئيس حكومة تصريف الأعمال السورية بعد سقوط نظام الأسد (ديسمبر 2024 - مارس 2025)", "Syria's caretaker prime minister after the fall of Assad (December 2024 – March 2025)", c("sy"),
   [off("sy", "hog", "2024-12", "2025-03")], HG),
 H("ezer-weizman", "عيزر وايزمان", ["عازر وايزمان"], "Ezer Weizman", "رئيس إسرائيل بين 1993 و2000 (توفي 2005)", "President of Israel 1993–2000 (died 2005)", c("il"),
   [off("il", "hos", "1993-05", "2000-07")], HS),
 H("reuven-rivlin", "رؤوفين ريفلين", ["رؤوبين ريفلين", "روفين ريفلين"], "Reuven Rivlin", "رئيس إسرائيل بين 2014 و2021", "President of Israel 2014–2021", c("il"),
   [off("il", "hos", "2014-07", "2021-07")], HS, amb=["ريفلين"]),
 H("binali-yildirim", "بن علي يلدريم", ["بنعلي يلدريم", "بن علي يلديريم"], "Binali Yıldırım", "آخر رئيس وزراء لتركيا بين 2016 و2018", "Turkey's last prime minister, 2016–2018", c("tr"),
   [off("tr", "hog", "2016-05", "2018-07")], HG, amb=["يلدريم"]),
 H("rawhi-fattouh", "روحي فتوح", [], "Rawhi Fattouh", "رئيس السلطة الفلسطينية المؤقت بعد وفاة ياسر عرفات (2004-2005)", "Interim President of the Palestinian Authority after Arafat's death (2004–2005)", c("ps"),
   [off("ps", "hos", "2004-11", "2005-01")]),
 # --- Yemen
 H("abdul-karim-al-iryani", "عبد الكريم الإرياني", ["عبدالكريم الإرياني"], "Abdul Karim al-Iryani", "رئيس وزراء اليمن بين 1998 و2001 (توفي 2015)", "Prime Minister of Yemen 1998–2001 (died 2015)", c("ye"),
   [off("ye", "hog", "1998-04", "2001-03")], HG),
 H("ahmad-awad-bin-mubarak", "أحمد عوض بن مبارك", ["أحمد بن مبارك"], "Ahmad Awad bin Mubarak", "رئيس وزراء اليمن بين 2024 و2025 ووزير خارجيته بين 2020 و2024",
   "Prime Minister of Yemen 2024–2025; Foreign Minister 2020–2024", c("ye"),
   [off("ye", "hog", "2024-02", "2025-05"), R("وزير الخارجية اليمني", "Foreign Minister of Yemen", "ye-mfa", "2020-12", "2024-02")], HG),
 H("salem-bin-breik", "سالم صالح بن بريك", ["سالم بن بريك"], "Salem Saleh bin Breik", "رئيس وزراء اليمن منذ مايو 2025", "Prime Minister of Yemen since May 2025", c("ye"),
   [off("ye", "hog", "2025-05")], HG),
 # --- Libya
 H("mahmoud-jibril", "محمود جبريل", [], "Mahmoud Jibril", "رئيس المكتب التنفيذي للمجلس الوطني الانتقالي الليبي عام 2011 (توفي 2020)",
   "Head of the executive board of Libya's National Transitional Council in 2011 (died 2020)", c("ly"),
   [R("رئيس المكتب التنفيذي للمجلس الوطني الانتقالي الليبي", "Chairman of the NTC Executive Board (Libya)", c("ly"), "2011-03", "2011-10")], HG),
 H("abdurrahim-el-keib", "عبد الرحيم الكيب", [], "Abdurrahim El-Keib", "رئيس وزراء ليبيا الانتقالي بين 2011 و2012 (توفي 2020)", "Interim Prime Minister of Libya 2011–2012 (died 2020)", c("ly"),
   [off("ly", "hog", "2011-11", "2012-11")], HG),
 H("abdullah-al-thani", "عبد الله الثني", ["عبدالله الثني"], "Abdullah al-Thani", "رئيس الحكومة الليبية المؤقتة في شرق ليبيا بين 2014 و2021",
   "Head of Libya's interim government based in the east, 2014–2021", c("ly"), [off("ly", "hog", "2014-03", "2021-03")], HG),
 # --- Tunisia
 H("fouad-mebazaa", "فؤاد المبزع", [], "Fouad Mebazaa", "رئيس تونس المؤقت بعد سقوط بن علي عام 2011", "Interim President of Tunisia after Ben Ali's fall in 2011", c("tn"),
   [off("tn", "hos", "2011-01", "2011-12")], HS),
 H("mohamed-ennaceur", "محمد الناصر", [], "Mohamed Ennaceur", "رئيس تونس المؤقت بعد وفاة الباجي قائد السبسي عام 2019 ورئيس مجلس نواب الشعب بين 2014 و2019",
   "Interim President of Tunisia after Essebsi's death in 2019; Speaker of Parliament 2014–2019", c("tn"),
   [off("tn", "hos", "2019-07", "2019-10"), R("رئيس مجلس نواب الشعب التونسي", "Speaker of the Assembly of the Representatives of the People", "tn-arp", "2014-12", "2019-11")], HS),
 H("elyes-fakhfakh", "إلياس الفخفاخ", [], "Elyes Fakhfakh", "رئيس الحكومة التونسية في 2020", "Head of Government of Tunisia in 2020", c("tn"),
   [off("tn", "hog", "2020-02", "2020-09")], HG),
 H("ahmed-hachani", "أحمد الحشاني", [], "Ahmed Hachani", "رئيس الحكومة التونسية بين 2023 و2024", "Head of Government of Tunisia 2023–2024", c("tn"),
   [off("tn", "hog", "2023-08", "2024-08")], HG),
 H("kamel-madouri", "كمال المدوري", [], "Kamel Madouri", "رئيس الحكومة التونسية بين 2024 و2025", "Head of Government of Tunisia 2024–2025", c("tn"),
   [off("tn", "hog", "2024-08", "2025-03")], HG),
 H("sara-zaafrani-zenzri", "سارة الزعفراني الزنزري", ["سارة الزعفراني"], "Sara Zaafrani Zenzri", "رئيسة الحكومة التونسية منذ مارس 2025", "Head of Government of Tunisia since March 2025", c("tn"),
   [off("tn", "hog", "2025-03")], HG),
 # --- Algeria
 H("abdelkader-bensalah", "عبد القادر بن صالح", ["عبد القادر بن صالح"], "Abdelkader Bensalah", "رئيس الجزائر المؤقت عام 2019 ورئيس مجلس الأمة بين 2002 و2019 (توفي 2021)",
   "Interim President of Algeria in 2019; President of the Council of the Nation 2002–2019 (died 2021)", c("dz"),
   [off("dz", "hos", "2019-04", "2019-12"), R("رئيس مجلس الأمة الجزائري", "President of the Council of the Nation", "dz-council-of-nation", "2002", "2019")], HS),
 H("ahmed-ouyahia", "أحمد أويحيى", ["أحمد أويحي"], "Ahmed Ouyahia", "رئيس وزراء الجزائر أربع مرات بين 1995 و2019", "Prime Minister of Algeria four times between 1995 and 2019", c("dz"),
   [off("dz", "hog", "1995-12", "1998-12"), off("dz", "hog", "2003-05", "2006-05"), off("dz", "hog", "2008-06", "2012-09"),
    off("dz", "hog", "2017-08", "2019-03")], HG),
 H("abdelaziz-belkhadem", "عبد العزيز بلخادم", [], "Abdelaziz Belkhadem", "رئيس حكومة الجزائر بين 2006 و2008", "Head of Government of Algeria 2006–2008", c("dz"),
   [off("dz", "hog", "2006-05", "2008-06")], HG),
 H("ali-benflis", "علي بن فليس", [], "Ali Benflis", "رئيس حكومة الجزائر بين 2000 و2003", "Head of Government of Algeria 2000–2003", c("dz"),
   [off("dz", "hog", "2000-08", "2003-05")], HG),
 H("ahmed-benbitour", "أحمد بن بيتور", [], "Ahmed Benbitour", "رئيس حكومة الجزائر بين 1999 و2000", "Head of Government of Algeria 1999–2000", c("dz"),
   [off("dz", "hog", "1999-12", "2000-08")], HG),
 H("noureddine-bedoui", "نور الدين بدوي", [], "Noureddine Bedoui", "الوزير الأول الجزائري عام 2019", "Prime Minister of Algeria in 2019", c("dz"),
   [off("dz", "hog", "2019-03", "2019-12")], HG),
 H("nadir-larbaoui", "نذير العرباوي", [], "Nadir Larbaoui", "الوزير الأول الجزائري منذ نوفمبر 2023", "Prime Minister of Algeria since November 2023", c("dz"),
   [off("dz", "hog", "2023-11")], HG),
 # --- Sudan, Mauritania, Somalia, Djibouti, Comoros
 H("bakri-hassan-saleh", "بكري حسن صالح", [], "Bakri Hassan Saleh", "رئيس وزراء السودان بين 2017 و2018 والنائب الأول لعمر البشير",
   "Prime Minister of Sudan 2017–2018 and Omar al-Bashir's first vice-president", c("sd"), [off("sd", "hog", "2017-03", "2018-09")], HG),
 H("motazz-moussa", "معتز موسى", [], "Motazz Moussa", "رئيس وزراء السودان بين 2018 و2019", "Prime Minister of Sudan 2018–2019", c("sd"),
   [off("sd", "hog", "2018-09", "2019-02")], HG),
 H("mohamed-tahir-ayala", "محمد طاهر أيلا", [], "Mohamed Tahir Ayala", "آخر رئيس وزراء في عهد عمر البشير (2019)", "Sudan's last prime minister under Omar al-Bashir (2019)", c("sd"),
   [off("sd", "hog", "2019-02", "2019-04")], HG),
 H("kamil-idris", "كامل إدريس", [], "Kamil Idris", "رئيس وزراء السودان منذ مايو 2025 والمدير العام للمنظمة العالمية للملكية الفكرية بين 1997 و2008",
   "Prime Minister of Sudan since May 2025; Director General of WIPO 1997–2008", c("sd"), [off("sd", "hog", "2025-05")], HG),
 H("ely-ould-mohamed-vall", "اعلي ولد محمد فال", ["إعلي ولد محمد فال", "علي ولد محمد فال"], "Ely Ould Mohamed Vall",
   "رئيس المجلس العسكري الذي حكم موريتانيا بين 2005 و2007 (توفي 2017)", "Head of the military council that ruled Mauritania 2005–2007 (died 2017)", c("mr"),
   [R("رئيس المجلس العسكري للعدالة والديمقراطية", "Chairman of the Military Council for Justice and Democracy", c("mr"), "2005-08", "2007-04")], HS),
 H("sidi-ould-cheikh-abdallahi", "سيدي ولد الشيخ عبد الله", ["سيدي محمد ولد الشيخ عبد الله"], "Sidi Ould Cheikh Abdallahi",
   "رئيس موريتانيا بين 2007 و2008، أطاحه انقلاب (توفي 2020)", "President of Mauritania 2007–2008, overthrown in a coup (died 2020)", c("mr"),
   [off("mr", "hos", "2007-04", "2008-08")], HS),
 H("mokhtar-ould-djay", "المختار ولد اجاي", ["المختار ولد أجاي"], "Moctar Ould Djay", "رئيس وزراء موريتانيا منذ أغسطس 2024", "Prime Minister of Mauritania since August 2024", c("mr"),
   [off("mr", "hog", "2024-08")], HG),
 H("abdiqasim-salad-hassan", "عبد القاسم صلاد حسن", ["عبدي قاسم صلاد حسن"], "Abdiqasim Salad Hassan", "رئيس الحكومة الانتقالية الصومالية بين 2000 و2004",
   "President of Somalia's Transitional National Government 2000–2004", c("so"), [off("so", "hos", "2000-08", "2004-10")], HS),
 H("abdullahi-yusuf-ahmed", "عبد الله يوسف أحمد", [], "Abdullahi Yusuf Ahmed", "رئيس الصومال بين 2004 و2008 (توفي 2012)", "President of Somalia 2004–2008 (died 2012)", c("so"),
   [off("so", "hos", "2004-10", "2008-12")], HS),
 H("hamza-abdi-barre", "حمزة عبدي بري", [], "Hamza Abdi Barre", "رئيس وزراء الصومال منذ يونيو 2022", "Prime Minister of Somalia since June 2022", c("so"),
   [off("so", "hog", "2022-06")], HG),
 H("abdoulkader-kamil-mohamed", "عبد القادر كامل محمد", [], "Abdoulkader Kamil Mohamed", "رئيس وزراء جيبوتي منذ 2013", "Prime Minister of Djibouti since 2013", c("dj"),
   [off("dj", "hog", "2013-04")], HG),
 H("ahmed-abdallah-sambi", "أحمد عبد الله سامبي", ["أحمد عبد الله محمد سامبي"], "Ahmed Abdallah Sambi", "رئيس جزر القمر بين 2006 و2011", "President of the Comoros 2006–2011", c("km"),
   [off("km", "hos", "2006-05", "2011-05")], HS, amb=["سامبي"]),
 H("ikililou-dhoinine", "إكليلو ظنين", ["إكليل ظنين"], "Ikililou Dhoinine", "رئيس جزر القمر بين 2011 و2016", "President of the Comoros 2011–2016", c("km"),
   [off("km", "hos", "2011-05", "2016-05")], HS),
]

# Office roles of people in the other files (only where certain).
EXTEND = {
    "king-fahd": [off("sa", "hog", "1982-06", "2005-08")],
    "king-abdullah-saudi": [off("sa", "hog", "2005-08", "2015-01")],
    "king-salman": [off("sa", "hog", "2015-01", "2022-09")],
    "selim-hoss": [off("lb", "hog", "1976-12", "1980"), off("lb", "hog", "1998-12", "2000-10")],
    "beji-caid-essebsi": [off("tn", "hog", "2011-02", "2011-12")],
    "abdelmadjid-tebboune": [off("dz", "hog", "2017-05", "2017-08")],
    "mohamed-ould-abdel-aziz": [R("رئيس المجلس الأعلى للدولة الموريتاني", "Chairman of the High Council of State (Mauritania)", c("mr"), "2008-08", "2009-04")],
    "abdel-fattah-al-burhan": [R("رئيس المجلس العسكري الانتقالي السوداني", "Chairman of the Transitional Military Council (Sudan)", c("sd"), "2019-04", "2019-08")],
    "azali-assoumani": [off("km", "hos", "1999-04", "2002-01"), off("km", "hos", "2002-05", "2006-05")],
}


def W(id, ar, aliases, en, title, code, frm, subtype=HS, amb=(), dar=None, den=None):
    """A head of state or government of another UN member, in office at the cut-off."""
    t_ar, t_en = title
    return H(id, ar, aliases, en, dar or t_ar, den or t_en, c(code), [R(t_ar, t_en, c(code), frm)], subtype, amb)


WORLD = [
 # --- Europe
 W("alexander-van-der-bellen", "ألكسندر فان دير بيلن", ["فان دير بيلن"], "Alexander Van der Bellen", ("رئيس النمسا", "President of Austria"), "at", "2017-01"),
 W("christian-stocker", "كريستيان شتوكر", [], "Christian Stocker", ("مستشار النمسا", "Chancellor of Austria"), "at", "2025-03", HG),
 W("bart-de-wever", "بارت دي ويفر", ["دي ويفر"], "Bart De Wever", ("رئيس وزراء بلجيكا", "Prime Minister of Belgium"), "be", "2025-02", HG),
 W("king-philippe", "الملك فيليب", ["فيليب ملك بلجيكا", "ملك بلجيكا فيليب"], "King Philippe of Belgium", ("ملك بلجيكا", "King of the Belgians"), "be", "2013-07", MON),
 W("dick-schoof", "ديك سخوف", ["ديك شوف"], "Dick Schoof", ("رئيس وزراء هولندا", "Prime Minister of the Netherlands"), "nl", "2024-07", HG),
 W("king-willem-alexander", "الملك فيليم ألكسندر", ["فيليم ألكسندر", "الملك ويليم ألكسندر"], "King Willem-Alexander", ("ملك هولندا", "King of the Netherlands"), "nl", "2013-04", MON),
 W("king-felipe-vi", "الملك فيليبي السادس", ["فيليبي السادس", "الملك فيليب السادس"], "King Felipe VI", ("ملك إسبانيا", "King of Spain"), "es", "2014-06", MON),
 W("luis-montenegro", "لويس مونتينيغرو", [], "Luís Montenegro", ("رئيس وزراء البرتغال", "Prime Minister of Portugal"), "pt", "2024-04", HG),
 W("marcelo-rebelo-de-sousa", "مارسيلو ريبيلو دي سوزا", [], "Marcelo Rebelo de Sousa", ("رئيس البرتغال", "President of Portugal"), "pt", "2016-03"),
 W("micheal-martin", "ميهول مارتن", ["مايكل مارتن"], "Micheál Martin", ("رئيس وزراء أيرلندا", "Taoiseach (Prime Minister of Ireland)"), "ie", "2025-01", HG),
 W("michael-d-higgins", "مايكل دي هيغينز", ["مايكل هيغينز"], "Michael D. Higgins", ("رئيس أيرلندا", "President of Ireland"), "ie", "2011-11"),
 W("andrzej-duda", "أندريه دودا", ["أندجي دودا"], "Andrzej Duda", ("رئيس بولندا", "President of Poland"), "pl", "2015-08"),
 H("donald-tusk", "دونالد توسك", ["توسك"], "Donald Tusk", "رئيس وزراء بولندا ورئيس المجلس الأوروبي بين 2014 و2019",
   "Prime Minister of Poland; President of the European Council 2014–2019", c("pl"),
   [R("رئيس وزراء بولندا", "Prime Minister of Poland", c("pl"), "2023-12"), R("رئيس وزراء بولندا", "Prime Minister of Poland", c("pl"), "2007-11", "2014-09"),
    R("رئيس المجلس الأوروبي", "President of the European Council", "european-council", "2014-12", "2019-11")], HG),
 W("kyriakos-mitsotakis", "كيرياكوس ميتسوتاكيس", ["ميتسوتاكيس"], "Kyriakos Mitsotakis", ("رئيس وزراء اليونان", "Prime Minister of Greece"), "gr", "2019-07", HG),
 W("konstantinos-tasoulas", "كونستانتينوس تاسولاس", [], "Konstantinos Tasoulas", ("رئيس اليونان", "President of Greece"), "gr", "2025-03"),
 W("nikos-christodoulides", "نيكوس خريستودوليدس", ["خريستودوليدس", "نيكوس خريستودوليديس"], "Nikos Christodoulides", ("رئيس قبرص", "President of Cyprus"), "cy", "2023-02"),
 W("ulf-kristersson", "أولف كريسترشون", ["أولف كريسترسون"], "Ulf Kristersson", ("رئيس وزراء السويد", "Prime Minister of Sweden"), "se", "2022-10", HG),
 W("king-carl-xvi-gustaf", "الملك كارل السادس عشر غوستاف", ["كارل السادس عشر غوستاف"], "King Carl XVI Gustaf", ("ملك السويد", "King of Sweden"), "se", "1973-09", MON),
 W("jonas-gahr-store", "يوناس غار ستوره", ["يوناس غار ستور"], "Jonas Gahr Støre", ("رئيس وزراء النرويج", "Prime Minister of Norway"), "no", "2021-10", HG),
 W("king-harald-v", "الملك هارالد الخامس", ["هارالد الخامس"], "King Harald V", ("ملك النرويج", "King of Norway"), "no", "1991-01", MON),
 W("mette-frederiksen", "ميته فريدريكسن", ["ميت فريدريكسن"], "Mette Frederiksen", ("رئيس وزراء الدنمارك", "Prime Minister of Denmark"), "dk", "2019-06", HG,
   dar="رئيسة وزراء الدنمارك"),
 W("king-frederik-x", "الملك فريدريك العاشر", ["فريدريك العاشر"], "King Frederik X", ("ملك الدنمارك", "King of Denmark"), "dk", "2024-01", MON),
 W("alexander-stubb", "ألكسندر ستوب", [], "Alexander Stubb", ("رئيس فنلندا", "President of Finland"), "fi", "2024-03"),
 W("petteri-orpo", "بيتري أوربو", [], "Petteri Orpo", ("رئيس وزراء فنلندا", "Prime Minister of Finland"), "fi", "2023-06", HG),
 W("petr-fiala", "بيتر فيالا", [], "Petr Fiala", ("رئيس وزراء التشيك", "Prime Minister of the Czech Republic"), "cz", "2021-11", HG),
 W("petr-pavel", "بيتر بافيل", [], "Petr Pavel", ("رئيس التشيك", "President of the Czech Republic"), "cz", "2023-03"),
 W("robert-fico", "روبرت فيكو", [], "Robert Fico", ("رئيس وزراء سلوفاكيا", "Prime Minister of Slovakia"), "sk", "2023-10", HG),
 W("nicusor-dan", "نيكوشور دان", [], "Nicușor Dan", ("رئيس رومانيا", "President of Romania"), "ro", "2025-05"),
 W("aleksandar-vucic", "ألكسندر فوتشيتش", ["فوتشيتش"], "Aleksandar Vučić", ("رئيس صربيا", "President of Serbia"), "rs", "2017-05"),
 W("andrej-plenkovic", "أندريه بلينكوفيتش", [], "Andrej Plenković", ("رئيس وزراء كرواتيا", "Prime Minister of Croatia"), "hr", "2016-10", HG),
 W("zoran-milanovic", "زوران ميلانوفيتش", [], "Zoran Milanović", ("رئيس كرواتيا", "President of Croatia"), "hr", "2020-02"),
 W("edi-rama", "إيدي راما", [], "Edi Rama", ("رئيس وزراء ألبانيا", "Prime Minister of Albania"), "al", "2013-09", HG),
 # --- Asia
 W("hibatullah-akhundzada", "هبة الله آخوند زاده", ["هبة الله أخوند زاده", "الملا هبة الله آخوند زاده"], "Hibatullah Akhundzada",
   ("زعيم أفغانستان", "Supreme Leader of Afghanistan"), "af", "2021-08", HS,
   dar="زعيم حركة طالبان منذ 2016 والمرشد الأعلى لأفغانستان منذ 2021", den="Leader of the Taliban since 2016; Supreme Leader of Afghanistan since 2021"),
 W("anwar-ibrahim", "أنور إبراهيم", [], "Anwar Ibrahim", ("رئيس وزراء ماليزيا", "Prime Minister of Malaysia"), "my", "2022-11", HG),
 W("ferdinand-marcos-jr", "فرديناند ماركوس الابن", ["فرديناند ماركوس جونيور", "بونغبونغ ماركوس"], "Ferdinand Marcos Jr.", ("رئيس الفلبين", "President of the Philippines"), "ph", "2022-06"),
 W("lawrence-wong", "لورانس وونغ", [], "Lawrence Wong", ("رئيس وزراء سنغافورة", "Prime Minister of Singapore"), "sg", "2024-05", HG),
 W("paetongtarn-shinawatra", "بيتونغتارن شيناواترا", ["بايتونغتارن شيناواترا"], "Paetongtarn Shinawatra", ("رئيس وزراء تايلاند", "Prime Minister of Thailand"), "th", "2024-08", HG,
   dar="رئيسة وزراء تايلاند"),
 W("hun-manet", "هون مانيت", [], "Hun Manet", ("رئيس وزراء كمبوديا", "Prime Minister of Cambodia"), "kh", "2023-08", HG),
 W("hassanal-bolkiah", "السلطان حسن البلقيه", ["حسن البلقيه", "السلطان حسن بلقيه"], "Hassanal Bolkiah", ("سلطان بروناي", "Sultan of Brunei"), "bn", "1967-10", MON),
 W("emperor-naruhito", "الإمبراطور ناروهيتو", ["ناروهيتو"], "Emperor Naruhito", ("إمبراطور اليابان", "Emperor of Japan"), "jp", "2019-05", MON),
 W("ilham-aliyev", "إلهام علييف", ["علييف"], "Ilham Aliyev", ("رئيس أذربيجان", "President of Azerbaijan"), "az", "2003-10"),
 W("nikol-pashinyan", "نيكول باشينيان", ["باشينيان"], "Nikol Pashinyan", ("رئيس وزراء أرمينيا", "Prime Minister of Armenia"), "am", "2018-05", HG),
 W("kassym-jomart-tokayev", "قاسم جومارت توكاييف", ["توكاييف"], "Kassym-Jomart Tokayev", ("رئيس كازاخستان", "President of Kazakhstan"), "kz", "2019-03"),
 W("shavkat-mirziyoyev", "شوكت ميرضيائيف", ["شوكت ميرزيوييف"], "Shavkat Mirziyoyev", ("رئيس أوزبكستان", "President of Uzbekistan"), "uz", "2016"),
 W("emomali-rahmon", "إمام علي رحمن", ["إمام علي رحمانوف"], "Emomali Rahmon", ("رئيس طاجيكستان", "President of Tajikistan"), "tj", "1994-11"),
 W("sadyr-japarov", "صادر جباروف", [], "Sadyr Japarov", ("رئيس قرغيزستان", "President of Kyrgyzstan"), "kg", "2021-01"),
 W("serdar-berdimuhamedow", "سردار بردي محمدوف", [], "Serdar Berdimuhamedow", ("رئيس تركمانستان", "President of Turkmenistan"), "tm", "2022-03"),
 W("anura-kumara-dissanayake", "أنورا كومارا ديساناياكا", [], "Anura Kumara Dissanayake", ("رئيس سريلانكا", "President of Sri Lanka"), "lk", "2024-09"),
 # --- Africa
 W("bola-tinubu", "بولا تينوبو", ["بولا أحمد تينوبو", "تينوبو"], "Bola Tinubu", ("رئيس نيجيريا", "President of Nigeria"), "ng", "2023-05"),
 W("william-ruto", "وليام روتو", ["ويليام روتو"], "William Ruto", ("رئيس كينيا", "President of Kenya"), "ke", "2022-09"),
 W("isaias-afwerki", "إسياس أفورقي", ["أسياس أفورقي", "أفورقي"], "Isaias Afwerki", ("رئيس إريتريا", "President of Eritrea"), "er", "1993-05"),
 W("mahamat-deby", "محمد إدريس ديبي", ["محمد ديبي", "محمد إدريس ديبي إتنو"], "Mahamat Déby", ("رئيس تشاد", "President of Chad"), "td", "2021-04"),
 W("abdourahamane-tchiani", "عبد الرحمن تياني", ["عبد الرحمن تشياني"], "Abdourahamane Tchiani", ("رئيس النيجر", "President of Niger"), "ne", "2023-07", HS,
   dar="قائد المجلس العسكري الحاكم في النيجر منذ انقلاب يوليو 2023", den="Head of Niger's ruling junta since the July 2023 coup"),
 W("assimi-goita", "أسيمي غويتا", ["العقيد أسيمي غويتا"], "Assimi Goïta", ("رئيس مالي", "President of Mali"), "ml", "2021-05", HS,
   dar="رئيس مالي الانتقالي وقائد المجلس العسكري", den="Transitional President of Mali, head of the junta"),
 W("ibrahim-traore", "إبراهيم تراوري", ["النقيب إبراهيم تراوري"], "Ibrahim Traoré", ("رئيس بوركينا فاسو", "President of Burkina Faso"), "bf", "2022-09", HS,
   dar="رئيس بوركينا فاسو الانتقالي وقائد المجلس العسكري", den="Transitional President of Burkina Faso, head of the junta"),
 W("bassirou-diomaye-faye", "باسيرو ديوماي فاي", ["ديوماي فاي"], "Bassirou Diomaye Faye", ("رئيس السنغال", "President of Senegal"), "sn", "2024-04"),
 H("john-mahama", "جون دراماني ماهاما", ["جون ماهاما"], "John Mahama", "رئيس غانا منذ 2025 وبين 2012 و2017", "President of Ghana since 2025 and 2012–2017", c("gh"),
   [R("رئيس غانا", "President of Ghana", c("gh"), "2025-01"), R("رئيس غانا", "President of Ghana", c("gh"), "2012-07", "2017-01")], HS),
 W("paul-kagame", "بول كاغامي", ["كاغامي"], "Paul Kagame", ("رئيس رواندا", "President of Rwanda"), "rw", "2000-04"),
 W("yoweri-museveni", "يوري موسيفيني", ["يويري موسيفيني", "موسيفيني"], "Yoweri Museveni", ("رئيس أوغندا", "President of Uganda"), "ug", "1986-01"),
 W("felix-tshisekedi", "فيليكس تشيسكيدي", ["تشيسكيدي"], "Félix Tshisekedi", ("رئيس الكونغو الديمقراطية", "President of the DR Congo"), "cd", "2019-01"),
 W("salva-kiir", "سلفا كير ميارديت", ["سلفا كير"], "Salva Kiir Mayardit", ("رئيس جنوب السودان", "President of South Sudan"), "ss", "2011-07"),
 W("samia-suluhu-hassan", "سامية صولوحو حسن", [], "Samia Suluhu Hassan", ("رئيس تنزانيا", "President of Tanzania"), "tz", "2021-03", HS, dar="رئيسة تنزانيا"),
 W("paul-biya", "بول بيا", [], "Paul Biya", ("رئيس الكاميرون", "President of Cameroon"), "cm", "1982-11"),
 W("teodoro-obiang", "تيودورو أوبيانغ", ["تيودورو أوبيانغ نغيما"], "Teodoro Obiang Nguema Mbasogo", ("رئيس غينيا الاستوائية", "President of Equatorial Guinea"), "gq", "1979-08"),
 W("emmerson-mnangagwa", "إيمرسون منانغاغوا", [], "Emmerson Mnangagwa", ("رئيس زيمبابوي", "President of Zimbabwe"), "zw", "2017-11"),
 W("joao-lourenco", "جواو لورينسو", [], "João Lourenço", ("رئيس أنغولا", "President of Angola"), "ao", "2017-09"),
 W("daniel-chapo", "دانيال تشابو", [], "Daniel Chapo", ("رئيس موزمبيق", "President of Mozambique"), "mz", "2025-01"),
 W("alassane-ouattara", "الحسن واتارا", ["الحسن وتارا"], "Alassane Ouattara", ("رئيس ساحل العاج", "President of Côte d'Ivoire"), "ci", "2010"),
 W("mamady-doumbouya", "مامادي دومبويا", [], "Mamady Doumbouya", ("رئيس غينيا", "President of Guinea"), "gn", "2021-09", HS,
   dar="رئيس غينيا الانتقالي وقائد المجلس العسكري", den="Transitional President of Guinea, head of the junta"),
 W("brice-oligui-nguema", "بريس أوليغي نغيما", [], "Brice Oligui Nguema", ("رئيس الغابون", "President of Gabon"), "ga", "2023-08"),
 # --- Americas and Oceania
 W("nicolas-maduro", "نيكولاس مادورو", ["مادورو"], "Nicolás Maduro", ("رئيس فنزويلا", "President of Venezuela"), "ve", "2013-04"),
 W("miguel-diaz-canel", "ميغيل دياز كانيل", ["دياز كانيل"], "Miguel Díaz-Canel", ("رئيس كوبا", "President of Cuba"), "cu", "2018-04"),
 W("gustavo-petro", "غوستافو بيترو", [], "Gustavo Petro", ("رئيس كولومبيا", "President of Colombia"), "co", "2022-08"),
 W("gabriel-boric", "غابرييل بوريك", ["بوريك"], "Gabriel Boric", ("رئيس تشيلي", "President of Chile"), "cl", "2022-03"),
 W("dina-boluarte", "دينا بولوارتي", ["بولوارتي"], "Dina Boluarte", ("رئيس بيرو", "President of Peru"), "pe", "2022-12", HS, dar="رئيسة بيرو"),
 W("daniel-noboa", "دانيال نوبوا", ["نوبوا"], "Daniel Noboa", ("رئيس الإكوادور", "President of Ecuador"), "ec", "2023-11"),
 W("christopher-luxon", "كريستوفر لوكسون", [], "Christopher Luxon", ("رئيس وزراء نيوزيلندا", "Prime Minister of New Zealand"), "nz", "2023-11", HG),
]


# Third pass (issue 15): heads of further UN members in office at the cut-off, only where the
# team is certain of the person, the office and the start (a year-month).
WORLD_MORE = [
 # --- Europe
 W("karin-keller-sutter", "كارين كيلر سوتر", [], "Karin Keller-Sutter", ("رئيس الاتحاد السويسري", "President of the Swiss Confederation"), "ch", "2025-01", HS,
   dar="رئيسة الاتحاد السويسري لعام 2025 (رئاسة دورية سنوية)", den="President of the Swiss Confederation for 2025 (annual rotating presidency)"),
 W("rumen-radev", "رومين راديف", ["روميان راديف"], "Rumen Radev", ("رئيس بلغاريا", "President of Bulgaria"), "bg", "2017-01"),
 W("rosen-zhelyazkov", "روسين جيليازكوف", [], "Rosen Zhelyazkov", ("رئيس وزراء بلغاريا", "Prime Minister of Bulgaria"), "bg", "2025-01", HG),
 W("alar-karis", "ألار كاريس", [], "Alar Karis", ("رئيس إستونيا", "President of Estonia"), "ee", "2021-10"),
 W("kristen-michal", "كريستن ميخال", ["كريستن ميشال"], "Kristen Michal", ("رئيس وزراء إستونيا", "Prime Minister of Estonia"), "ee", "2024-07", HG),
 W("edgars-rinkevics", "إدغارس رينكيفيتش", ["إدغار رينكيفيتش"], "Edgars Rinkēvičs", ("رئيس لاتفيا", "President of Latvia"), "lv", "2023-07"),
 W("evika-silina", "إيفيكا سيلينا", [], "Evika Siliņa", ("رئيس وزراء لاتفيا", "Prime Minister of Latvia"), "lv", "2023-09", HG, dar="رئيسة وزراء لاتفيا"),
 W("gitanas-nauseda", "غيتاناس ناوسيدا", [], "Gitanas Nausėda", ("رئيس ليتوانيا", "President of Lithuania"), "lt", "2019-07"),
 W("robert-golob", "روبرت غولوب", [], "Robert Golob", ("رئيس وزراء سلوفينيا", "Prime Minister of Slovenia"), "si", "2022-06", HG),
 W("natasa-pirc-musar", "ناتاشا بيرتس موسار", [], "Nataša Pirc Musar", ("رئيس سلوفينيا", "President of Slovenia"), "si", "2022-12", HS, dar="رئيسة سلوفينيا"),
 W("peter-pellegrini", "بيتر بيليغريني", [], "Peter Pellegrini", ("رئيس سلوفاكيا", "President of Slovakia"), "sk", "2024-06"),
 W("tamas-sulyok", "تاماش شوليوك", [], "Tamás Sulyok", ("رئيس المجر", "President of Hungary"), "hu", "2024-03"),
 W("milojko-spajic", "ميلويكو سباييتش", [], "Milojko Spajić", ("رئيس وزراء الجبل الأسود", "Prime Minister of Montenegro"), "me", "2023-10", HG),
 W("jakov-milatovic", "ياكوف ميلاتوفيتش", [], "Jakov Milatović", ("رئيس الجبل الأسود", "President of Montenegro"), "me", "2023-05"),
 W("hristijan-mickoski", "خريستيان ميتسكوسكي", [], "Hristijan Mickoski", ("رئيس وزراء مقدونيا الشمالية", "Prime Minister of North Macedonia"), "mk", "2024-06", HG),
 W("gordana-siljanovska-davkova", "غوردانا سيليانوفسكا دافكوفا", [], "Gordana Siljanovska-Davkova", ("رئيس مقدونيا الشمالية", "President of North Macedonia"), "mk", "2024-05", HS,
   dar="رئيسة مقدونيا الشمالية"),
 W("bajram-begaj", "بايرام بيغاي", [], "Bajram Begaj", ("رئيس ألبانيا", "President of Albania"), "al", "2022-07"),
 W("vjosa-osmani", "فيوسا عثماني", [], "Vjosa Osmani", ("رئيس كوسوفو", "President of Kosovo"), "xk", "2021-04", HS, dar="رئيسة كوسوفو"),
 W("albin-kurti", "ألبين كورتي", ["كورتي"], "Albin Kurti", ("رئيس وزراء كوسوفو", "Prime Minister of Kosovo"), "xk", "2021-03", HG),
 W("maia-sandu", "مايا ساندو", ["ساندو"], "Maia Sandu", ("رئيس مولدوفا", "President of Moldova"), "md", "2020-12", HS, dar="رئيسة مولدوفا"),
 W("dorin-recean", "دورين ريشان", [], "Dorin Recean", ("رئيس وزراء مولدوفا", "Prime Minister of Moldova"), "md", "2023-02", HG),
 W("irakli-kobakhidze", "إيراكلي كوباخيدزه", ["كوباخيدزه"], "Irakli Kobakhidze", ("رئيس وزراء جورجيا", "Prime Minister of Georgia"), "ge", "2024-02", HG),
 W("mikheil-kavelashvili", "ميخائيل كافيلاشفيلي", [], "Mikheil Kavelashvili", ("رئيس جورجيا", "President of Georgia"), "ge", "2024-12"),
 W("luc-frieden", "لوك فريدن", [], "Luc Frieden", ("رئيس وزراء لوكسمبورغ", "Prime Minister of Luxembourg"), "lu", "2023-11", HG),
 W("grand-duke-henri", "الدوق الأكبر هنري", ["هنري دوق لوكسمبورغ الأكبر"], "Grand Duke Henri", ("دوق لوكسمبورغ الأكبر", "Grand Duke of Luxembourg"), "lu", "2000-10", MON),
 W("robert-abela", "روبرت أبيلا", [], "Robert Abela", ("رئيس وزراء مالطا", "Prime Minister of Malta"), "mt", "2020-01", HG),
 W("prince-albert-ii", "الأمير ألبير الثاني", ["ألبير الثاني أمير موناكو"], "Prince Albert II", ("أمير موناكو", "Prince of Monaco"), "mc", "2005-04", MON),
 W("vahagn-khachaturyan", "فاهاغن خاتشاتوريان", [], "Vahagn Khachaturyan", ("رئيس أرمينيا", "President of Armenia"), "am", "2022-03"),
 W("ali-asadov", "علي أسدوف", [], "Ali Asadov", ("رئيس وزراء أذربيجان", "Prime Minister of Azerbaijan"), "az", "2019-10", HG),
 W("olzhas-bektenov", "أولجاس بكتينوف", [], "Olzhas Bektenov", ("رئيس وزراء كازاخستان", "Prime Minister of Kazakhstan"), "kz", "2024-02", HG),
 W("abdulla-aripov", "عبد الله عاريبوف", [], "Abdulla Aripov", ("رئيس وزراء أوزبكستان", "Prime Minister of Uzbekistan"), "uz", "2016-12", HG),
 # --- Asia and Oceania
 W("muhammad-yunus", "محمد يونس", [], "Muhammad Yunus", ("رئيس حكومة بنغلاديش المؤقتة", "Chief Adviser of the Interim Government of Bangladesh"), "bd", "2024-08", HG,
   dar="رئيس الحكومة المؤقتة في بنغلاديش منذ أغسطس 2024، حائز جائزة نوبل للسلام عام 2006", den="Chief Adviser of Bangladesh's interim government since August 2024; Nobel Peace Prize 2006"),
 W("mohammed-shahabuddin", "محمد شهاب الدين", [], "Mohammed Shahabuddin", ("رئيس بنغلاديش", "President of Bangladesh"), "bd", "2023-04"),
 W("luong-cuong", "لونغ كوونغ", [], "Lương Cường", ("رئيس فيتنام", "President of Vietnam"), "vn", "2024-10"),
 W("pham-minh-chinh", "فام مينه تشينه", [], "Phạm Minh Chính", ("رئيس وزراء فيتنام", "Prime Minister of Vietnam"), "vn", "2021-04", HG),
 H("to-lam", "تو لام", [], "Tô Lâm", "الأمين العام للحزب الشيوعي الفيتنامي منذ أغسطس 2024، ورئيس فيتنام بين مايو وأكتوبر 2024",
   "General Secretary of the Communist Party of Vietnam since August 2024; President of Vietnam May–October 2024", c("vn"),
   [R("الأمين العام للحزب الشيوعي الفيتنامي", "General Secretary of the Communist Party of Vietnam", None, "2024-08"),
    R("رئيس فيتنام", "President of Vietnam", c("vn"), "2024-05", "2024-10")], "politician"),
 W("min-aung-hlaing", "مين أونغ هلاينغ", [], "Min Aung Hlaing", ("رئيس المجلس العسكري في ميانمار", "Chairman of the State Administration Council of Myanmar"), "mm", "2021-02", HS,
   dar="قائد الجيش في ميانمار ورئيس المجلس العسكري الحاكم منذ انقلاب فبراير 2021", den="Myanmar's army chief, head of the ruling junta since the February 2021 coup"),
 W("kp-sharma-oli", "كيه بي شارما أولي", ["شارما أولي"], "K. P. Sharma Oli", ("رئيس وزراء نيبال", "Prime Minister of Nepal"), "np", "2024-07", HG),
 W("mohamed-muizzu", "محمد معز", ["محمد مويزو"], "Mohamed Muizzu", ("رئيس جزر المالديف", "President of the Maldives"), "mv", "2023-11"),
 W("jose-ramos-horta", "جوزيه راموس هورتا", ["راموس هورتا"], "José Ramos-Horta", ("رئيس تيمور الشرقية", "President of Timor-Leste"), "tl", "2022-05"),
 W("tharman-shanmugaratnam", "ثارمان شانموغاراتنام", [], "Tharman Shanmugaratnam", ("رئيس سنغافورة", "President of Singapore"), "sg", "2023-09"),
 W("sultan-ibrahim-johor", "السلطان إبراهيم إسكندر", ["السلطان إبراهيم"], "Sultan Ibrahim Iskandar", ("ملك ماليزيا", "King of Malaysia"), "my", "2024-01", MON,
   dar="ملك ماليزيا منذ يناير 2024 وسلطان ولاية جوهور", den="King of Malaysia since January 2024; Sultan of Johor"),
 W("king-vajiralongkorn", "الملك ماها فاجيرالونغكورن", ["فاجيرالونغكورن", "الملك راما العاشر"], "King Vajiralongkorn", ("ملك تايلاند", "King of Thailand"), "th", "2016-10", MON),
 W("norodom-sihamoni", "الملك نورودوم سيهاموني", ["نورودوم سيهاموني"], "King Norodom Sihamoni", ("ملك كمبوديا", "King of Cambodia"), "kh", "2004-10", MON),
 W("harini-amarasuriya", "هاريني أماراسوريا", [], "Harini Amarasuriya", ("رئيس وزراء سريلانكا", "Prime Minister of Sri Lanka"), "lk", "2024-09", HG, dar="رئيسة وزراء سريلانكا"),
 W("mohammad-hasan-akhund", "محمد حسن آخوند", ["الملا محمد حسن آخوند"], "Mohammad Hasan Akhund", ("رئيس وزراء أفغانستان", "Prime Minister of Afghanistan"), "af", "2021-09", HG,
   dar="رئيس وزراء حكومة طالبان في أفغانستان منذ سبتمبر 2021", den="Prime Minister of the Taliban government of Afghanistan since September 2021"),
 W("james-marape", "جيمس مارابي", [], "James Marape", ("رئيس وزراء بابوا غينيا الجديدة", "Prime Minister of Papua New Guinea"), "pg", "2019-05", HG),
 W("sitiveni-rabuka", "سيتيفيني رابوكا", [], "Sitiveni Rabuka", ("رئيس وزراء فيجي", "Prime Minister of Fiji"), "fj", "2022-12", HG),
 # --- Africa
 W("faustin-archange-touadera", "فوستين أرشانج تواديرا", ["تواديرا"], "Faustin-Archange Touadéra", ("رئيس أفريقيا الوسطى", "President of the Central African Republic"), "cf", "2016-03"),
 W("denis-sassou-nguesso", "دينيس ساسو نغيسو", ["ساسو نغيسو"], "Denis Sassou Nguesso", ("رئيس الكونغو", "President of the Republic of the Congo"), "cg", "1997-10"),
 W("evariste-ndayishimiye", "إيفاريست ندايشيمي", [], "Évariste Ndayishimiye", ("رئيس بوروندي", "President of Burundi"), "bi", "2020-06"),
 W("patrice-talon", "باتريس تالون", [], "Patrice Talon", ("رئيس بنين", "President of Benin"), "bj", "2016-04"),
 H("faure-gnassingbe", "فور غناسينغبي", [], "Faure Gnassingbé", "رئيس توغو بين 2005 و2025 ثم رئيس مجلس الوزراء منذ مايو 2025 بموجب الدستور الجديد",
   "President of Togo 2005–2025, then President of the Council of Ministers since May 2025 under the new constitution", c("tg"),
   [R("رئيس توغو", "President of Togo", c("tg"), "2005-05", "2025-05"), R("رئيس مجلس وزراء توغو", "President of the Council of Ministers of Togo", c("tg"), "2025-05")], HG),
 W("adama-barrow", "أداما بارو", [], "Adama Barrow", ("رئيس غامبيا", "President of the Gambia"), "gm", "2017-01"),
 W("umaro-sissoco-embalo", "عمر سيسوكو إمبالو", ["أومارو سيسوكو إمبالو"], "Umaro Sissoco Embaló", ("رئيس غينيا بيساو", "President of Guinea-Bissau"), "gw", "2020-02"),
 W("joseph-boakai", "جوزيف بواكاي", [], "Joseph Boakai", ("رئيس ليبيريا", "President of Liberia"), "lr", "2024-01"),
 W("julius-maada-bio", "جوليوس مادا بيو", [], "Julius Maada Bio", ("رئيس سيراليون", "President of Sierra Leone"), "sl", "2018-04"),
 W("hakainde-hichilema", "هاكايندي هيشيليما", [], "Hakainde Hichilema", ("رئيس زامبيا", "President of Zambia"), "zm", "2021-08"),
 W("lazarus-chakwera", "لازاروس تشاكويرا", [], "Lazarus Chakwera", ("رئيس مالاوي", "President of Malawi"), "mw", "2020-06"),
 W("duma-boko", "دوما بوكو", [], "Duma Boko", ("رئيس بوتسوانا", "President of Botswana"), "bw", "2024-11"),
 W("netumbo-nandi-ndaitwah", "نيتومبو ناندي ندايتواه", [], "Netumbo Nandi-Ndaitwah", ("رئيس ناميبيا", "President of Namibia"), "na", "2025-03", HS, dar="رئيسة ناميبيا"),
 W("king-mswati-iii", "الملك مسواتي الثالث", ["مسواتي الثالث"], "King Mswati III", ("ملك إسواتيني", "King of Eswatini"), "sz", "1986-04", MON),
 W("andry-rajoelina", "أندري راجولينا", ["راجولينا"], "Andry Rajoelina", ("رئيس مدغشقر", "President of Madagascar"), "mg", "2019-01"),
 W("wavel-ramkalawan", "وافيل رامكالاوان", [], "Wavel Ramkalawan", ("رئيس سيشل", "President of Seychelles"), "sc", "2020-10"),
 W("taye-atske-selassie", "تاي أتسكي سيلاسي", [], "Taye Atske Selassie", ("رئيس إثيوبيا", "President of Ethiopia"), "et", "2024-10"),
 W("ousmane-sonko", "عثمان سونكو", ["سونكو"], "Ousmane Sonko", ("رئيس وزراء السنغال", "Prime Minister of Senegal"), "sn", "2024-04", HG),
 W("judith-suminwa", "جوديث سومينوا", [], "Judith Suminwa", ("رئيس وزراء الكونغو الديمقراطية", "Prime Minister of the DR Congo"), "cd", "2024-06", HG,
   dar="رئيسة وزراء الكونغو الديمقراطية"),
 # --- Americas
 W("yamandu-orsi", "ياماندو أورسي", [], "Yamandú Orsi", ("رئيس الأوروغواي", "President of Uruguay"), "uy", "2025-03"),
 W("santiago-pena", "سانتياغو بينيا", [], "Santiago Peña", ("رئيس باراغواي", "President of Paraguay"), "py", "2023-08"),
 W("luis-arce", "لويس آرسي", [], "Luis Arce", ("رئيس بوليفيا", "President of Bolivia"), "bo", "2020-11"),
 W("bernardo-arevalo", "برناردو أريفالو", [], "Bernardo Arévalo", ("رئيس غواتيمالا", "President of Guatemala"), "gt", "2024-01"),
 W("xiomara-castro", "شيومارا كاسترو", [], "Xiomara Castro", ("رئيس هندوراس", "President of Honduras"), "hn", "2022-01", HS, dar="رئيسة هندوراس"),
 W("nayib-bukele", "نجيب بوكيلة", ["ناييب بوكيلي", "بوكيلة"], "Nayib Bukele", ("رئيس السلفادور", "President of El Salvador"), "sv", "2019-06"),
 W("daniel-ortega", "دانيال أورتيغا", [], "Daniel Ortega", ("رئيس نيكاراغوا", "President of Nicaragua"), "ni", "2007-01"),
 W("rodrigo-chaves", "رودريغو تشافيس", [], "Rodrigo Chaves", ("رئيس كوستاريكا", "President of Costa Rica"), "cr", "2022-05"),
 W("jose-raul-mulino", "خوسيه راؤول مولينو", [], "José Raúl Mulino", ("رئيس بنما", "President of Panama"), "pa", "2024-07"),
 W("luis-abinader", "لويس أبي نادر", ["لويس أبينادر"], "Luis Abinader", ("رئيس الدومينيكان", "President of the Dominican Republic"), "do", "2020-08"),
 W("andrew-holness", "أندرو هولنس", [], "Andrew Holness", ("رئيس وزراء جامايكا", "Prime Minister of Jamaica"), "jm", "2016-03", HG),
 W("irfaan-ali", "عرفان علي", [], "Irfaan Ali", ("رئيس غيانا", "President of Guyana"), "gy", "2020-08"),
]


def entities():
    return PEOPLE + WORLD + WORLD_MORE
