"""Arab heads of government since 2000 and people named in issue 15 that the other people
files lack (written by the isnad team from general knowledge; see SOURCES.md). Dates only as
precise as the team is sure of (a year when the month is not certain). EXTEND adds roles and
usual name forms to people defined in the other files.
"""
from curated_people import R
from curated_people_historical import H

SA, EG, KW, QA, LB, JO, IQ, PS = ("country-sa", "country-eg", "country-kw", "country-qa", "country-lb",
                                  "country-jo", "country-iq", "country-ps")
PM_EG = ("رئيس وزراء مصر", "Prime Minister of Egypt")
PM_KW = ("رئيس مجلس الوزراء الكويتي", "Prime Minister of Kuwait")
PM_QA = ("رئيس مجلس الوزراء القطري", "Prime Minister of Qatar")
PM_LB = ("رئيس مجلس الوزراء اللبناني", "Prime Minister of Lebanon")
PM_JO = ("رئيس الوزراء الأردني", "Prime Minister of Jordan")
CP_SA = ("ولي العهد السعودي", "Crown Prince of Saudi Arabia")
MOI_SA = ("وزير الداخلية السعودي", "Interior Minister of Saudi Arabia")


def pm(title, country, frm, to=None):
    return R(title[0], title[1], country, frm, to)


PEOPLE = [
 # --- Saudi Arabia
 H("king-abdulaziz", "الملك عبدالعزيز آل سعود", ["الملك عبد العزيز آل سعود", "الملك عبدالعزيز", "الملك عبد العزيز",
   "عبدالعزيز بن عبدالرحمن آل سعود", "الملك عبدالعزيز بن عبدالرحمن"], "King Abdulaziz Al Saud (Ibn Saud)",
   "مؤسس المملكة العربية السعودية وأول ملوكها (توفي 1953)", "Founder and first king of Saudi Arabia (died 1953)", SA,
   [R("ملك المملكة العربية السعودية", "King of Saudi Arabia", SA, "1932", "1953")], subtype="monarch"),
 H("nayef-bin-abdulaziz", "الأمير نايف بن عبدالعزيز", ["نايف بن عبدالعزيز", "نايف بن عبد العزيز", "الأمير نايف بن عبد العزيز", "الأمير نايف"],
   "Prince Nayef bin Abdulaziz", "وزير الداخلية السعودي بين 1975 و2012 وولي العهد (توفي 2012)",
   "Saudi interior minister 1975–2012 and crown prince (died 2012)", SA,
   [R(*MOI_SA, "sa-moi", "1975", "2012-06"), R(*CP_SA, SA, "2011-10", "2012-06")]),
 H("mohammed-bin-nayef", "الأمير محمد بن نايف", ["محمد بن نايف", "الأمير محمد بن نايف بن عبدالعزيز", "محمد بن نايف بن عبد العزيز"],
   "Prince Mohammed bin Nayef", "وزير الداخلية السعودي بين 2012 و2017 وولي العهد بين 2015 و2017",
   "Saudi interior minister 2012–2017 and crown prince 2015–2017", SA,
   [R(*MOI_SA, "sa-moi", "2012-11", "2017-06"), R(*CP_SA, SA, "2015-04", "2017-06")]),
 H("muqrin-bin-abdulaziz", "الأمير مقرن بن عبدالعزيز", ["مقرن بن عبدالعزيز", "مقرن بن عبد العزيز", "الأمير مقرن"],
   "Prince Muqrin bin Abdulaziz", "ولي العهد السعودي بين يناير وأبريل 2015 ورئيس الاستخبارات العامة سابقا",
   "Saudi crown prince January–April 2015; former head of General Intelligence", SA,
   [R(*CP_SA, SA, "2015-01", "2015-04"), R("رئيس الاستخبارات العامة السعودية", "Director of Saudi General Intelligence", "sa-gip", "2005", "2012")]),
 H("khalid-al-faisal", "الأمير خالد الفيصل", ["خالد الفيصل", "الأمير خالد الفيصل بن عبدالعزيز", "خالد الفيصل بن عبد العزيز"],
   "Prince Khalid al-Faisal", "أمير منطقة مكة المكرمة ومستشار خادم الحرمين الشريفين، وأمير منطقة عسير سابقا",
   "Governor of Makkah Region and adviser to the King; former governor of Asir", SA,
   [R("أمير منطقة عسير", "Governor of Asir Region", "sa-region-asir", "1971", "2007"),
    R("أمير منطقة مكة المكرمة", "Governor of Makkah Region", "sa-region-makkah", "2007", "2013"),
    R("وزير التعليم السعودي", "Minister of Education of Saudi Arabia", "sa-education-ministry", "2013", "2015"),
    R("أمير منطقة مكة المكرمة", "Governor of Makkah Region", "sa-region-makkah", "2015")]),
 # --- Egypt
 H("hamdeen-sabahi", "حمدين صباحي", [], "Hamdeen Sabahi",
   "سياسي مصري ناصري، مرشح للرئاسة في 2012 و2014", "Egyptian Nasserist politician; presidential candidate in 2012 and 2014", EG),
 H("ahmed-shafik", "أحمد شفيق", ["الفريق أحمد شفيق"], "Ahmed Shafik",
   "رئيس وزراء مصر في 2011 والمرشح الخاسر أمام محمد مرسي في انتخابات الرئاسة 2012",
   "Prime Minister of Egypt in 2011; lost the 2012 presidential run-off to Mohamed Morsi", EG,
   [pm(PM_EG, EG, "2011-01", "2011-03"), R("وزير الطيران المدني المصري", "Minister of Civil Aviation of Egypt", EG, "2002", "2011")]),
 H("mohamed-elbaradei", "محمد البرادعي", ["البرادعي", "محمد مصطفى البرادعي"], "Mohamed ElBaradei",
   "المدير العام للوكالة الدولية للطاقة الذرية بين 1997 و2009 وحائز جائزة نوبل للسلام 2005",
   "IAEA Director General 1997–2009; Nobel Peace Prize 2005", EG,
   [R("المدير العام للوكالة الدولية للطاقة الذرية", "Director General of the IAEA", "iaea", "1997-12", "2009-11"),
    R("نائب رئيس الجمهورية المصري المؤقت", "Interim Vice President of Egypt", EG, "2013-07", "2013-08")]),
 H("atef-ebeid", "عاطف عبيد", [], "Atef Ebeid", "رئيس وزراء مصر بين 1999 و2004", "Prime Minister of Egypt 1999–2004", EG,
   [pm(PM_EG, EG, "1999-10", "2004-07")]),
 H("ahmed-nazif", "أحمد نظيف", [], "Ahmed Nazif", "رئيس وزراء مصر بين 2004 و2011", "Prime Minister of Egypt 2004–2011", EG,
   [pm(PM_EG, EG, "2004-07", "2011-01")]),
 H("essam-sharaf", "عصام شرف", [], "Essam Sharaf", "رئيس وزراء مصر في 2011", "Prime Minister of Egypt in 2011", EG,
   [pm(PM_EG, EG, "2011-03", "2011-12")]),
 H("kamal-ganzouri", "كمال الجنزوري", ["الجنزوري"], "Kamal Ganzouri", "رئيس وزراء مصر بين 1996 و1999 ثم بين 2011 و2012",
   "Prime Minister of Egypt 1996–1999 and 2011–2012", EG,
   [pm(PM_EG, EG, "1996-01", "1999-10"), pm(PM_EG, EG, "2011-12", "2012-08")]),
 H("hisham-qandil", "هشام قنديل", [], "Hesham Qandil", "رئيس وزراء مصر بين 2012 و2013", "Prime Minister of Egypt 2012–2013", EG,
   [pm(PM_EG, EG, "2012-08", "2013-07")]),
 H("hazem-el-beblawi", "حازم الببلاوي", ["الببلاوي"], "Hazem el-Beblawi", "رئيس وزراء مصر بين 2013 و2014", "Prime Minister of Egypt 2013–2014", EG,
   [pm(PM_EG, EG, "2013-07", "2014-03")]),
 H("ibrahim-mahlab", "إبراهيم محلب", [], "Ibrahim Mahlab", "رئيس وزراء مصر بين 2014 و2015", "Prime Minister of Egypt 2014–2015", EG,
   [pm(PM_EG, EG, "2014-03", "2015-09")]),
 H("sherif-ismail", "شريف إسماعيل", [], "Sherif Ismail", "رئيس وزراء مصر بين 2015 و2018", "Prime Minister of Egypt 2015–2018", EG,
   [pm(PM_EG, EG, "2015-09", "2018-06")]),
 # --- Palestine
 H("saeb-erekat", "صائب عريقات", ["عريقات"], "Saeb Erekat",
   "كبير المفاوضين الفلسطينيين وأمين سر اللجنة التنفيذية لمنظمة التحرير (توفي 2020)",
   "Chief Palestinian negotiator and Secretary-General of the PLO Executive Committee (died 2020)", PS,
   [R("أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية", "Secretary-General of the PLO Executive Committee", "plo", "2015", "2020-11")]),
 # --- Kuwait
 H("nasser-al-mohammad", "الشيخ ناصر المحمد الأحمد الصباح", ["ناصر المحمد", "الشيخ ناصر المحمد"], "Sheikh Nasser al-Mohammad al-Sabah",
   "رئيس مجلس الوزراء الكويتي بين 2006 و2011", "Prime Minister of Kuwait 2006–2011", KW, [pm(PM_KW, KW, "2006-02", "2011-11")]),
 H("jaber-al-mubarak", "الشيخ جابر المبارك الحمد الصباح", ["جابر المبارك", "الشيخ جابر المبارك"], "Sheikh Jaber al-Mubarak al-Sabah",
   "رئيس مجلس الوزراء الكويتي بين 2011 و2019", "Prime Minister of Kuwait 2011–2019", KW, [pm(PM_KW, KW, "2011-11", "2019-11")]),
 H("sabah-al-khalid", "الشيخ صباح الخالد الحمد الصباح", ["صباح الخالد", "الشيخ صباح الخالد"], "Sheikh Sabah al-Khalid al-Sabah",
   "رئيس مجلس الوزراء الكويتي بين 2019 و2022 ووزير الخارجية قبلها", "Prime Minister of Kuwait 2019–2022; earlier foreign minister", KW,
   [pm(PM_KW, KW, "2019", "2022")]),
 H("ahmad-nawaf", "الشيخ أحمد نواف الأحمد الصباح", ["أحمد نواف الأحمد", "الشيخ أحمد نواف"], "Sheikh Ahmad Nawaf al-Ahmad al-Sabah",
   "رئيس مجلس الوزراء الكويتي بين 2022 و2024", "Prime Minister of Kuwait 2022–2024", KW, [pm(PM_KW, KW, "2022", "2024")]),
 H("ahmad-abdullah-al-sabah", "الشيخ أحمد عبدالله الأحمد الصباح", ["أحمد عبدالله الأحمد", "الشيخ أحمد عبد الله الأحمد الصباح"],
   "Sheikh Ahmad Abdullah al-Ahmad al-Sabah", "رئيس مجلس الوزراء الكويتي منذ 2024", "Prime Minister of Kuwait since 2024", KW,
   [pm(PM_KW, KW, "2024-05")]),
 # --- Qatar
 H("abdullah-bin-khalifa", "الشيخ عبدالله بن خليفة آل ثاني", ["عبدالله بن خليفة آل ثاني"], "Sheikh Abdullah bin Khalifa Al Thani",
   "رئيس مجلس الوزراء القطري بين 1996 و2007", "Prime Minister of Qatar 1996–2007", QA, [pm(PM_QA, QA, "1996", "2007")]),
 H("abdullah-bin-nasser", "الشيخ عبدالله بن ناصر بن خليفة آل ثاني", ["عبدالله بن ناصر بن خليفة", "الشيخ عبدالله بن ناصر"],
   "Sheikh Abdullah bin Nasser bin Khalifa Al Thani", "رئيس مجلس الوزراء القطري بين 2013 و2020", "Prime Minister of Qatar 2013–2020", QA,
   [pm(PM_QA, QA, "2013-06", "2020-01")]),
 H("khalid-bin-khalifa", "الشيخ خالد بن خليفة بن عبدالعزيز آل ثاني", ["خالد بن خليفة بن عبدالعزيز", "الشيخ خالد بن خليفة"],
   "Sheikh Khalid bin Khalifa bin Abdulaziz Al Thani", "رئيس مجلس الوزراء القطري بين 2020 و2023", "Prime Minister of Qatar 2020–2023", QA,
   [pm(PM_QA, QA, "2020-01", "2023-03")]),
 # --- Lebanon
 H("omar-karami", "عمر كرامي", [], "Omar Karami", "رئيس الحكومة اللبنانية بين 1990 و1992 ثم بين 2004 و2005 (توفي 2015)",
   "Prime Minister of Lebanon 1990–1992 and 2004–2005 (died 2015)", LB,
   [pm(PM_LB, LB, "1990-12", "1992-05"), pm(PM_LB, LB, "2004-10", "2005-04")]),
 H("hassan-diab", "حسان دياب", [], "Hassan Diab", "رئيس الحكومة اللبنانية بين 2020 و2021", "Prime Minister of Lebanon 2020–2021", LB,
   [pm(PM_LB, LB, "2020-01", "2021-09")]),
 # --- Jordan (years only)
 H("ali-abu-al-ragheb", "علي أبو الراغب", [], "Ali Abu al-Ragheb", "رئيس الوزراء الأردني بين 2000 و2003", "Prime Minister of Jordan 2000–2003", JO,
   [pm(PM_JO, JO, "2000", "2003")]),
 H("faisal-al-fayez", "فيصل الفايز", [], "Faisal al-Fayez", "رئيس الوزراء الأردني بين 2003 و2005", "Prime Minister of Jordan 2003–2005", JO,
   [pm(PM_JO, JO, "2003", "2005")]),
 H("marouf-al-bakhit", "معروف البخيت", [], "Marouf al-Bakhit", "رئيس الوزراء الأردني بين 2005 و2007 ثم في 2011",
   "Prime Minister of Jordan 2005–2007 and in 2011", JO, [pm(PM_JO, JO, "2005", "2007"), pm(PM_JO, JO, "2011", "2011")]),
 H("nader-al-dahabi", "نادر الذهبي", [], "Nader al-Dahabi", "رئيس الوزراء الأردني بين 2007 و2009", "Prime Minister of Jordan 2007–2009", JO,
   [pm(PM_JO, JO, "2007", "2009")]),
 H("samir-al-rifai", "سمير الرفاعي", [], "Samir al-Rifai", "رئيس الوزراء الأردني بين 2009 و2011", "Prime Minister of Jordan 2009–2011", JO,
   [pm(PM_JO, JO, "2009", "2011")]),
 H("awn-al-khasawneh", "عون الخصاونة", [], "Awn al-Khasawneh", "رئيس الوزراء الأردني بين 2011 و2012 وقاض سابق في محكمة العدل الدولية",
   "Prime Minister of Jordan 2011–2012; former ICJ judge", JO, [pm(PM_JO, JO, "2011", "2012")]),
 H("abdullah-ensour", "عبدالله النسور", ["عبد الله النسور"], "Abdullah Ensour", "رئيس الوزراء الأردني بين 2012 و2016",
   "Prime Minister of Jordan 2012–2016", JO, [pm(PM_JO, JO, "2012", "2016")]),
 H("hani-al-mulki", "هاني الملقي", [], "Hani al-Mulki", "رئيس الوزراء الأردني بين 2016 و2018", "Prime Minister of Jordan 2016–2018", JO,
   [pm(PM_JO, JO, "2016", "2018")]),
 H("omar-al-razzaz", "عمر الرزاز", [], "Omar al-Razzaz", "رئيس الوزراء الأردني بين 2018 و2020", "Prime Minister of Jordan 2018–2020", JO,
   [pm(PM_JO, JO, "2018", "2020")]),
 # --- Iraq
 H("ghazi-al-yawer", "غازي الياور", ["الشيخ غازي الياور"], "Ghazi al-Yawer", "رئيس العراق المؤقت بين 2004 و2005",
   "Interim President of Iraq 2004–2005", IQ, [R("رئيس العراق المؤقت", "Interim President of Iraq", IQ, "2004-06", "2005-04")]),
]


MA, TN, DZ, SY, YE, LY, MR = ("country-ma", "country-tn", "country-dz", "country-sy", "country-ye", "country-ly",
                              "country-mr")
PM_MA = ("الوزير الأول المغربي", "Prime Minister of Morocco")  # the title before the 2011 constitution
PM_TN = ("رئيس الحكومة التونسية", "Head of Government of Tunisia")
PM_DZ = ("الوزير الأول الجزائري", "Prime Minister of Algeria")
PM_SY = ("رئيس مجلس الوزراء السوري", "Prime Minister of Syria")
PM_YE = ("رئيس الوزراء اليمني", "Prime Minister of Yemen")
PM_LY = ("رئيس الحكومة الليبية", "Prime Minister of Libya")


def _pm(id, ar, aliases, en, title, country, frm, to, extra_ar="", extra_en=""):
    years = f"{frm[:4]} و{to[:4]}" if to and to[:4] != frm[:4] else frm[:4]
    years_en = f"{frm[:4]}–{to[:4]}" if to and to[:4] != frm[:4] else frm[:4]
    dar = f"{title[0]} بين {years}" if "و" in years else f"{title[0]} في {years}"
    return H(id, ar, aliases, en, dar + extra_ar, f"{title[1]} {years_en}" + extra_en, country,
             [pm(title, country, frm, to)])


PEOPLE += [
 _pm("driss-jettou", "إدريس جطو", [], "Driss Jettou", PM_MA, MA, "2002-10", "2007-09"),
 _pm("abbas-el-fassi", "عباس الفاسي", [], "Abbas El Fassi", PM_MA, MA, "2007-09", "2011-11"),
 _pm("mohamed-ghannouchi", "محمد الغنوشي", [], "Mohamed Ghannouchi", ("الوزير الأول التونسي", "Prime Minister of Tunisia"), TN, "1999-11", "2011-02"),
 _pm("hamadi-jebali", "حمادي الجبالي", [], "Hamadi Jebali", PM_TN, TN, "2011-12", "2013-03"),
 _pm("ali-laarayedh", "علي العريض", [], "Ali Laarayedh", PM_TN, TN, "2013-03", "2014-01"),
 _pm("mehdi-jomaa", "مهدي جمعة", [], "Mehdi Jomaa", PM_TN, TN, "2014-01", "2015-02"),
 _pm("habib-essid", "الحبيب الصيد", ["حبيب الصيد"], "Habib Essid", PM_TN, TN, "2015-02", "2016-08"),
 _pm("youssef-chahed", "يوسف الشاهد", [], "Youssef Chahed", PM_TN, TN, "2016-08", "2020-02"),
 _pm("hichem-mechichi", "هشام المشيشي", ["المشيشي"], "Hichem Mechichi", PM_TN, TN, "2020-09", "2021-07"),
 _pm("najla-bouden", "نجلاء بودن", ["نجلاء بودن رمضان"], "Najla Bouden", ("رئيسة الحكومة التونسية", "Head of Government of Tunisia"), TN, "2021-10", "2023-08"),
 H("abdelmalek-sellal", "عبد المالك سلال", [], "Abdelmalek Sellal", "الوزير الأول الجزائري بين 2012 و2017",
   "Prime Minister of Algeria 2012–2017", DZ,
   [pm(PM_DZ, DZ, "2012-09", "2014-03"), pm(PM_DZ, DZ, "2014-04", "2017-05")]),  # out to run the 2014 campaign
 _pm("abdelaziz-djerad", "عبد العزيز جراد", [], "Abdelaziz Djerad", PM_DZ, DZ, "2020-01", "2021-06"),
 _pm("aymen-benabderrahmane", "أيمن بن عبد الرحمن", [], "Aymen Benabderrahmane", PM_DZ, DZ, "2021-06", "2023-11"),
 _pm("naji-al-otari", "محمد ناجي عطري", ["ناجي عطري"], "Muhammad Naji al-Otari", PM_SY, SY, "2003", "2011"),
 _pm("wael-al-halqi", "وائل الحلقي", ["الحلقي"], "Wael al-Halqi", PM_SY, SY, "2012-08", "2016"),
 _pm("imad-khamis", "عماد خميس", [], "Imad Khamis", PM_SY, SY, "2016", "2020"),
 _pm("hussein-arnous", "حسين عرنوس", [], "Hussein Arnous", PM_SY, SY, "2020", "2024"),
 _pm("mohammed-ghazi-al-jalali", "محمد غازي الجلالي", [], "Mohammed Ghazi al-Jalali", PM_SY, SY, "2024-09", "2024-12"),
 _pm("abdul-qadir-bajamal", "عبد القادر باجمال", ["باجمال"], "Abdul Qadir Bajamal", PM_YE, YE, "2001", "2007"),
 _pm("ali-mujawar", "علي محمد مجور", ["علي مجور"], "Ali Muhammad Mujawar", PM_YE, YE, "2007", "2011"),
 _pm("mohammed-basindawa", "محمد سالم باسندوة", ["باسندوة"], "Mohammed Basindawa", PM_YE, YE, "2011", "2014"),
 _pm("khaled-bahah", "خالد بحاح", ["بحاح"], "Khaled Bahah", PM_YE, YE, "2014", "2016"),
 _pm("ahmed-bin-daghr", "أحمد عبيد بن دغر", ["بن دغر"], "Ahmed Obeid bin Daghr", PM_YE, YE, "2016", "2018"),
 _pm("maeen-abdulmalik", "معين عبد الملك", [], "Maeen Abdulmalik", PM_YE, YE, "2018", "2024"),
 _pm("ali-zeidan", "علي زيدان", [], "Ali Zeidan", PM_LY, LY, "2012", "2014"),
]


EXTEND = {
    "king-salman": [R(*CP_SA, SA, "2012-06", "2015-01"),
                    R("وزير الدفاع السعودي", "Defence Minister of Saudi Arabia", "sa-mod", "2011-11", "2015-01"),
                    R("أمير منطقة الرياض", "Governor of Riyadh Region", "sa-region-riyadh", "1963", "2011-11")],
    "saad-hariri": [pm(PM_LB, LB, "2009-11", "2011-06")],
    "najib-mikati": [pm(PM_LB, LB, "2005-04", "2005-07"), pm(PM_LB, LB, "2011-06", "2014-02")],
}

# Usual name forms of people defined in the other files.
EXTRA_NAMES = {
    "king-salman": ["الملك سلمان بن عبدالعزيز آل سعود", "الملك سلمان بن عبد العزيز آل سعود", "سلمان بن عبدالعزيز آل سعود"],
    "mohamed-hussein-tantawi": ["المشير حسين طنطاوي", "حسين طنطاوي", "المشير محمد حسين طنطاوي"],
}


# Bare surnames that are also words or given names: context-only.
CONTEXT_ONLY = {"hamdeen-sabahi": ["صباحي"], "ahmed-shafik": ["شفيق"], "ahmed-nazif": ["نظيف"],
                "hisham-qandil": ["قنديل"], "ibrahim-mahlab": ["محلب"], "hamadi-jebali": ["الجبالي"],
                "youssef-chahed": ["الشاهد"], "abdelmalek-sellal": ["سلال"], "abdelaziz-djerad": ["جراد"],
                "hussein-arnous": ["عرنوس"]}


def entities():
    by_id = {p["id"]: p for p in PEOPLE}
    for pid, names in CONTEXT_ONLY.items():
        by_id[pid]["ambiguous_aliases"] = list(by_id[pid]["ambiguous_aliases"]) + names
    return PEOPLE
