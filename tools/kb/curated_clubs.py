"""Football clubs (written by the isnad team from general knowledge; see SOURCES.md): the
main clubs of the Arab top leagues and the European clubs most reported in Arabic. No league
membership is stated (it changes every season), only the country and home city.

A bare club name that is also a word or another club's name (الهلال "the crescent", النصر
"victory", الأهلي in Saudi Arabia, Egypt, Qatar…) is context-only: «نادي الهلال»، «الهلال
السعودي» are names, «الهلال» needs a sports context. A club is never its city: «الرياض» is
the city, «نادي الرياض» the club.
"""

SUB = "football club"
NAT = {"SA": ("سعودي", "Saudi"), "EG": ("مصري", "Egyptian"), "MA": ("مغربي", "Moroccan"),
       "TN": ("تونسي", "Tunisian"), "DZ": ("جزائري", "Algerian"), "QA": ("قطري", "Qatari"),
       "AE": ("إماراتي", "Emirati"), "KW": ("كويتي", "Kuwaiti"), "IQ": ("عراقي", "Iraqi"),
       "JO": ("أردني", "Jordanian"), "LB": ("لبناني", "Lebanese"), "SY": ("سوري", "Syrian"),
       "OM": ("عماني", "Omani"), "BH": ("بحريني", "Bahraini"), "LY": ("ليبي", "Libyan"),
       "SD": ("سوداني", "Sudanese"), "ES": ("إسباني", "Spanish"), "GB": ("إنجليزي", "English"),
       "DE": ("ألماني", "German"), "IT": ("إيطالي", "Italian"), "FR": ("فرنسي", "French"),
       "NL": ("هولندي", "Dutch"), "PT": ("برتغالي", "Portuguese"), "TR": ("تركي", "Turkish")}

# (id, canonical, aliases, context-only, English, country, home city ar, home city en)
CLUBS = [
 # Saudi Arabia
 ("al-hilal-sa", "نادي الهلال السعودي", ["الهلال السعودي", "نادي الهلال"], ["الهلال", "الزعيم"], "Al-Hilal", "SA", "الرياض", "Riyadh"),
 ("al-nassr-sa", "نادي النصر السعودي", ["النصر السعودي"], ["النصر", "العالمي"], "Al-Nassr", "SA", "الرياض", "Riyadh"),
 ("al-ittihad-sa", "نادي الاتحاد السعودي", ["الاتحاد السعودي", "اتحاد جدة"], ["الاتحاد", "العميد"], "Al-Ittihad", "SA", "جدة", "Jeddah"),
 ("al-ahli-sa", "النادي الأهلي السعودي", ["الأهلي السعودي", "أهلي جدة"], ["الأهلي"], "Al-Ahli Saudi", "SA", "جدة", "Jeddah"),
 ("al-shabab-sa", "نادي الشباب السعودي", ["الشباب السعودي"], ["الشباب"], "Al-Shabab", "SA", "الرياض", "Riyadh"),
 ("al-ettifaq", "نادي الاتفاق", ["الاتفاق السعودي"], ["الاتفاق"], "Al-Ettifaq", "SA", "الدمام", "Dammam"),
 ("al-taawoun", "نادي التعاون", ["التعاون السعودي"], ["التعاون"], "Al-Taawoun", "SA", "بريدة", "Buraidah"),
 ("al-fateh", "نادي الفتح السعودي", ["الفتح السعودي"], ["الفتح"], "Al-Fateh", "SA", "الأحساء", "Al-Ahsa"),
 ("al-fayha", "نادي الفيحاء", ["الفيحاء السعودي"], ["الفيحاء"], "Al-Fayha", "SA", "المجمعة", "Al Majma'ah"),
 ("al-raed", "نادي الرائد", ["الرائد السعودي"], ["الرائد"], "Al-Raed", "SA", "بريدة", "Buraidah"),
 ("al-khaleej-club", "نادي الخليج", ["الخليج السعودي"], [], "Al-Khaleej", "SA", "سيهات", "Saihat"),
 ("al-wehda-sa", "نادي الوحدة السعودي", ["الوحدة السعودي"], ["الوحدة"], "Al-Wehda", "SA", "مكة المكرمة", "Mecca"),
 ("al-riyadh-club", "نادي الرياض", [], [], "Al-Riyadh SC", "SA", "الرياض", "Riyadh"),
 ("damac", "نادي ضمك", ["ضمك"], [], "Damac", "SA", "خميس مشيط", "Khamis Mushait"),
 ("al-okhdood", "نادي الأخدود", [], ["الأخدود"], "Al-Okhdood", "SA", "نجران", "Najran"),
 ("al-qadsiah", "نادي القادسية السعودي", ["القادسية السعودي"], [], "Al-Qadsiah", "SA", "الخبر", "Khobar"),
 ("al-orobah", "نادي العروبة", ["العروبة السعودي"], ["العروبة"], "Al-Orobah", "SA", "سكاكا", "Sakaka"),
 ("al-kholood", "نادي الخلود", ["الخلود السعودي"], ["الخلود"], "Al-Kholood", "SA", "الرس", "Ar Rass"),
 ("abha-club", "نادي أبها", [], [], "Abha Club", "SA", "أبها", "Abha"),
 ("al-hazem", "نادي الحزم", ["الحزم السعودي"], [], "Al-Hazem", "SA", "الرس", "Ar Rass"),
 ("al-tai", "نادي الطائي", [], ["الطائي"], "Al-Tai", "SA", "حائل", "Ha'il"),
 ("al-faisaly-sa", "نادي الفيصلي السعودي", ["الفيصلي السعودي"], [], "Al-Faisaly", "SA", "حرمة", "Harmah"),
 # Egypt
 ("al-ahly-eg", "النادي الأهلي المصري", ["الأهلي المصري", "النادي الأهلي"], ["الأهلي"], "Al Ahly", "EG", "القاهرة", "Cairo"),
 ("zamalek", "نادي الزمالك", ["الزمالك"], [], "Zamalek", "EG", "الجيزة", "Giza"),
 ("pyramids-fc", "نادي بيراميدز", ["بيراميدز"], [], "Pyramids FC", "EG", "القاهرة", "Cairo"),
 ("al-masry", "النادي المصري البورسعيدي", ["المصري البورسعيدي"], [], "Al Masry", "EG", "بورسعيد", "Port Said"),
 ("ismaily", "النادي الإسماعيلي", ["الإسماعيلي المصري"], ["الإسماعيلي"], "Ismaily", "EG", "الإسماعيلية", "Ismailia"),
 ("ittihad-alexandria", "نادي الاتحاد السكندري", ["الاتحاد السكندري"], [], "Al Ittihad Alexandria", "EG", "الإسكندرية", "Alexandria"),
 ("smouha", "نادي سموحة", ["سموحة"], [], "Smouha", "EG", "الإسكندرية", "Alexandria"),
 ("arab-contractors-sc", "نادي المقاولون العرب", [], [], "Arab Contractors SC", "EG", "القاهرة", "Cairo"),
 ("enppi", "نادي إنبي", ["إنبي"], [], "ENPPI", "EG", "القاهرة", "Cairo"),
 ("el-gouna-fc", "نادي الجونة", [], [], "El Gouna FC", "EG", "الجونة", "El Gouna"),
 ("ghazl-el-mahalla", "نادي غزل المحلة", ["غزل المحلة"], [], "Ghazl El Mahalla", "EG", "المحلة الكبرى", "El Mahalla El Kubra"),
 ("ceramica-cleopatra", "نادي سيراميكا كليوباترا", ["سيراميكا كليوباترا"], [], "Ceramica Cleopatra", "EG", "القاهرة", "Cairo"),
 ("future-fc-eg", "نادي مودرن سبورت", ["مودرن سبورت", "مودرن فيوتشر"], [], "Modern Sport FC", "EG", "القاهرة", "Cairo"),
 # Morocco
 ("wydad", "الوداد الرياضي", ["نادي الوداد", "الوداد البيضاوي"], ["الوداد"], "Wydad AC", "MA", "الدار البيضاء", "Casablanca"),
 ("raja", "الرجاء الرياضي", ["نادي الرجاء", "الرجاء البيضاوي"], ["الرجاء"], "Raja CA", "MA", "الدار البيضاء", "Casablanca"),
 ("as-far", "الجيش الملكي", ["نادي الجيش الملكي", "فريق الجيش الملكي"], [], "AS FAR", "MA", "الرباط", "Rabat"),
 ("rs-berkane", "نهضة بركان", ["نادي نهضة بركان"], [], "RS Berkane", "MA", "بركان", "Berkane"),
 ("fus-rabat", "الفتح الرباطي", ["الفتح الرياضي الرباطي"], [], "FUS Rabat", "MA", "الرباط", "Rabat"),
 ("mas-fes", "المغرب الفاسي", ["نادي المغرب الفاسي"], [], "Maghreb de Fès", "MA", "فاس", "Fez"),
 ("hassania-agadir", "حسنية أكادير", [], [], "Hassania Agadir", "MA", "أكادير", "Agadir"),
 ("ir-tanger", "اتحاد طنجة", [], [], "Ittihad Tanger", "MA", "طنجة", "Tangier"),
 # Tunisia
 ("esperance-tunis", "الترجي الرياضي التونسي", ["الترجي التونسي", "الترجي"], [], "Espérance de Tunis", "TN", "تونس", "Tunis"),
 ("club-africain", "النادي الإفريقي", ["النادي الأفريقي"], [], "Club Africain", "TN", "تونس", "Tunis"),
 ("etoile-sahel", "النجم الساحلي", ["النجم الرياضي الساحلي"], [], "Étoile du Sahel", "TN", "سوسة", "Sousse"),
 ("cs-sfaxien", "النادي الصفاقسي", ["النادي الرياضي الصفاقسي"], [], "CS Sfaxien", "TN", "صفاقس", "Sfax"),
 ("us-monastir", "الاتحاد المنستيري", ["الاتحاد الرياضي المنستيري"], [], "US Monastir", "TN", "المنستير", "Monastir"),
 ("stade-tunisien", "الملعب التونسي", [], [], "Stade Tunisien", "TN", "تونس", "Tunis"),
 # Algeria
 ("mc-alger", "مولودية الجزائر", ["نادي مولودية الجزائر"], [], "MC Alger", "DZ", "الجزائر العاصمة", "Algiers"),
 ("cr-belouizdad", "شباب بلوزداد", ["نادي شباب بلوزداد"], [], "CR Belouizdad", "DZ", "الجزائر العاصمة", "Algiers"),
 ("usm-alger", "اتحاد الجزائر", ["نادي اتحاد الجزائر"], [], "USM Alger", "DZ", "الجزائر العاصمة", "Algiers"),
 ("js-kabylie", "شبيبة القبائل", ["شبيبة القبائل الجزائري"], [], "JS Kabylie", "DZ", "تيزي وزو", "Tizi Ouzou"),
 ("es-setif", "وفاق سطيف", [], [], "ES Sétif", "DZ", "سطيف", "Sétif"),
 ("cs-constantine", "شباب قسنطينة", [], [], "CS Constantine", "DZ", "قسنطينة", "Constantine"),
 ("mc-oran", "مولودية وهران", [], [], "MC Oran", "DZ", "وهران", "Oran"),
 # Qatar
 ("al-sadd", "نادي السد", ["السد القطري"], ["السد"], "Al Sadd", "QA", "الدوحة", "Doha"),
 ("al-duhail", "نادي الدحيل", ["الدحيل"], [], "Al-Duhail", "QA", "الدوحة", "Doha"),
 ("al-rayyan-sc", "نادي الريان", ["الريان القطري"], [], "Al-Rayyan SC", "QA", "الريان", "Al Rayyan"),
 ("al-gharafa", "نادي الغرافة", ["الغرافة"], [], "Al-Gharafa", "QA", "الدوحة", "Doha"),
 ("al-arabi-qa", "النادي العربي القطري", ["العربي القطري"], [], "Al-Arabi SC (Qatar)", "QA", "الدوحة", "Doha"),
 ("al-ahli-qa", "النادي الأهلي القطري", ["الأهلي القطري"], [], "Al-Ahli SC (Doha)", "QA", "الدوحة", "Doha"),
 ("al-wakrah-sc", "نادي الوكرة", [], [], "Al-Wakrah SC", "QA", "الوكرة", "Al Wakrah"),
 ("qatar-sc", "نادي قطر", [], [], "Qatar SC", "QA", "الدوحة", "Doha"),
 ("umm-salal-sc", "نادي أم صلال", [], [], "Umm Salal SC", "QA", "أم صلال", "Umm Salal"),
 # UAE
 ("al-ain-fc", "نادي العين", ["العين الإماراتي"], [], "Al Ain FC", "AE", "العين", "Al Ain"),
 ("shabab-al-ahli", "نادي شباب الأهلي", ["شباب الأهلي", "شباب الأهلي دبي"], [], "Shabab Al Ahli", "AE", "دبي", "Dubai"),
 ("al-wahda-ae", "نادي الوحدة الإماراتي", ["الوحدة الإماراتي"], [], "Al Wahda FC", "AE", "أبوظبي", "Abu Dhabi"),
 ("al-jazira-club", "نادي الجزيرة الإماراتي", ["الجزيرة الإماراتي"], [], "Al Jazira Club", "AE", "أبوظبي", "Abu Dhabi"),
 ("sharjah-fc", "نادي الشارقة", ["الشارقة الإماراتي"], [], "Sharjah FC", "AE", "الشارقة", "Sharjah"),
 ("al-nasr-dubai", "نادي النصر الإماراتي", ["النصر الإماراتي"], [], "Al-Nasr SC (Dubai)", "AE", "دبي", "Dubai"),
 ("al-wasl", "نادي الوصل", [], ["الوصل"], "Al-Wasl", "AE", "دبي", "Dubai"),
 ("baniyas-club", "نادي بني ياس", [], [], "Baniyas Club", "AE", "أبوظبي", "Abu Dhabi"),
 # Kuwait
 ("kuwait-sc", "نادي الكويت", ["نادي الكويت الرياضي"], [], "Kuwait SC", "KW", "الكويت", "Kuwait City"),
 ("qadsia-kw", "نادي القادسية الكويتي", ["القادسية الكويتي"], [], "Qadsia SC", "KW", "الكويت", "Kuwait City"),
 ("al-arabi-kw", "النادي العربي الكويتي", ["العربي الكويتي"], [], "Al-Arabi SC (Kuwait)", "KW", "الكويت", "Kuwait City"),
 ("al-salmiya", "نادي السالمية", [], [], "Al-Salmiya SC", "KW", "السالمية", "Salmiya"),
 ("kazma-sc", "نادي كاظمة", [], [], "Kazma SC", "KW", "الكويت", "Kuwait City"),
 # Iraq
 ("al-zawraa", "نادي الزوراء", ["الزوراء"], [], "Al-Zawraa SC", "IQ", "بغداد", "Baghdad"),
 ("al-quwa-al-jawiya", "نادي القوة الجوية", ["القوة الجوية العراقي"], [], "Al-Quwa Al-Jawiya", "IQ", "بغداد", "Baghdad"),
 ("al-shorta", "نادي الشرطة العراقي", ["الشرطة العراقي"], [], "Al-Shorta SC", "IQ", "بغداد", "Baghdad"),
 ("al-talaba", "نادي الطلبة العراقي", ["الطلبة العراقي"], [], "Al-Talaba SC", "IQ", "بغداد", "Baghdad"),
 ("erbil-sc", "نادي أربيل", [], [], "Erbil SC", "IQ", "أربيل", "Erbil"),
 # Jordan
 ("al-faisaly-jo", "نادي الفيصلي الأردني", ["الفيصلي الأردني"], [], "Al-Faisaly (Jordan)", "JO", "عمّان", "Amman"),
 ("al-wehdat", "نادي الوحدات", [], ["الوحدات"], "Al-Wehdat", "JO", "عمّان", "Amman"),
 ("al-ramtha", "نادي الرمثا", [], [], "Al-Ramtha SC", "JO", "الرمثا", "Ramtha"),
 ("al-hussein-irbid", "نادي الحسين إربد", ["الحسين إربد"], [], "Al-Hussein SC (Irbid)", "JO", "إربد", "Irbid"),
 # Lebanon
 ("al-ansar-lb", "نادي الأنصار", ["الأنصار اللبناني"], [], "Al-Ansar FC", "LB", "بيروت", "Beirut"),
 ("nejmeh", "نادي النجمة", ["النجمة اللبناني"], [], "Nejmeh SC", "LB", "بيروت", "Beirut"),
 ("al-ahed", "نادي العهد", ["العهد اللبناني"], [], "Al-Ahed FC", "LB", "بيروت", "Beirut"),
 # Syria
 ("al-jaish-sy", "نادي الجيش السوري", [], [], "Al-Jaish SC (Syria)", "SY", "دمشق", "Damascus"),
 ("al-wahda-sy", "نادي الوحدة السوري", ["الوحدة السوري"], [], "Al-Wahda SC (Syria)", "SY", "دمشق", "Damascus"),
 ("al-karamah", "نادي الكرامة", ["الكرامة السوري"], [], "Al-Karamah SC", "SY", "حمص", "Homs"),
 ("al-ittihad-aleppo", "نادي الاتحاد الحلبي", ["الاتحاد الحلبي", "اتحاد حلب"], [], "Al-Ittihad SC Aleppo", "SY", "حلب", "Aleppo"),
 ("tishreen-sc", "نادي تشرين", [], [], "Tishreen SC", "SY", "اللاذقية", "Latakia"),
 ("hutteen", "نادي حطين", [], [], "Hutteen SC", "SY", "اللاذقية", "Latakia"),
 # Oman and Bahrain
 ("dhofar-club", "نادي ظفار", ["ظفار العماني"], [], "Dhofar Club", "OM", "صلالة", "Salalah"),
 ("al-seeb", "نادي السيب", [], [], "Al-Seeb Club", "OM", "السيب", "Seeb"),
 ("al-muharraq-sc", "نادي المحرق", ["المحرق البحريني"], [], "Al-Muharraq SC", "BH", "المحرق", "Muharraq"),
 ("al-riffa", "نادي الرفاع", ["الرفاع البحريني"], [], "Al-Riffa SC", "BH", "الرفاع", "Riffa"),
 # Libya and Sudan
 ("al-ahli-tripoli", "نادي الأهلي طرابلس", ["أهلي طرابلس", "الأهلي الطرابلسي"], [], "Al-Ahli SC (Tripoli)", "LY", "طرابلس", "Tripoli"),
 ("al-ittihad-ly", "نادي الاتحاد الليبي", ["الاتحاد الليبي"], [], "Al-Ittihad Club (Tripoli)", "LY", "طرابلس", "Tripoli"),
 ("al-ahli-benghazi", "نادي الأهلي بنغازي", ["أهلي بنغازي"], [], "Al-Ahly SC (Benghazi)", "LY", "بنغازي", "Benghazi"),
 ("al-hilal-sd", "نادي الهلال السوداني", ["الهلال السوداني", "هلال أم درمان"], [], "Al-Hilal Omdurman", "SD", "أم درمان", "Omdurman"),
 ("al-merrikh", "نادي المريخ السوداني", ["المريخ السوداني"], [], "Al-Merrikh SC", "SD", "أم درمان", "Omdurman"),
 # Europe
 ("real-madrid", "ريال مدريد", ["نادي ريال مدريد"], ["الريال"], "Real Madrid", "ES", "مدريد", "Madrid"),
 ("fc-barcelona", "نادي برشلونة", ["برشلونة الإسباني", "البارسا"], [], "FC Barcelona", "ES", "برشلونة", "Barcelona"),
 ("atletico-madrid", "أتلتيكو مدريد", ["أتليتيكو مدريد", "نادي أتلتيكو مدريد"], [], "Atlético Madrid", "ES", "مدريد", "Madrid"),
 ("sevilla-fc", "نادي إشبيلية", ["إشبيلية الإسباني"], [], "Sevilla FC", "ES", "إشبيلية", "Seville"),
 ("valencia-cf", "نادي فالنسيا", ["فالنسيا الإسباني"], [], "Valencia CF", "ES", "فالنسيا", "Valencia"),
 ("manchester-united", "مانشستر يونايتد", ["نادي مانشستر يونايتد"], [], "Manchester United", "GB", "مانشستر", "Manchester"),
 ("manchester-city", "مانشستر سيتي", ["نادي مانشستر سيتي"], [], "Manchester City", "GB", "مانشستر", "Manchester"),
 ("liverpool-fc", "نادي ليفربول", ["ليفربول الإنجليزي"], [], "Liverpool FC", "GB", "ليفربول", "Liverpool"),
 ("chelsea-fc", "نادي تشيلسي", ["تشيلسي", "تشلسي"], [], "Chelsea FC", "GB", "لندن", "London"),
 ("arsenal-fc", "نادي أرسنال", ["أرسنال", "آرسنال"], [], "Arsenal FC", "GB", "لندن", "London"),
 ("tottenham", "توتنهام هوتسبير", ["توتنهام", "نادي توتنهام"], [], "Tottenham Hotspur", "GB", "لندن", "London"),
 ("newcastle-united", "نيوكاسل يونايتد", ["نادي نيوكاسل"], [], "Newcastle United", "GB", "نيوكاسل", "Newcastle"),
 ("bayern-munich", "بايرن ميونيخ", ["بايرن ميونخ", "نادي بايرن ميونيخ"], ["بايرن"], "Bayern Munich", "DE", "ميونيخ", "Munich"),
 ("borussia-dortmund", "بوروسيا دورتموند", ["نادي بوروسيا دورتموند"], [], "Borussia Dortmund", "DE", "دورتموند", "Dortmund"),
 ("bayer-leverkusen", "باير ليفركوزن", ["نادي باير ليفركوزن"], [], "Bayer Leverkusen", "DE", "ليفركوزن", "Leverkusen"),
 ("juventus", "يوفنتوس", ["نادي يوفنتوس"], [], "Juventus", "IT", "تورينو", "Turin"),
 ("inter-milan", "إنتر ميلان", ["إنتر ميلانو", "نادي إنتر ميلان"], ["الإنتر"], "Inter Milan", "IT", "ميلانو", "Milan"),
 ("ac-milan", "إيه سي ميلان", ["نادي ميلان"], [], "AC Milan", "IT", "ميلانو", "Milan"),
 ("ssc-napoli", "نادي نابولي", ["نابولي الإيطالي"], [], "SSC Napoli", "IT", "نابولي", "Naples"),
 ("as-roma", "نادي روما", ["روما الإيطالي"], [], "AS Roma", "IT", "روما", "Rome"),
 ("psg", "باريس سان جيرمان", ["نادي باريس سان جيرمان", "باريس سان جرمان"], [], "Paris Saint-Germain", "FR", "باريس", "Paris"),
 ("olympique-marseille", "أولمبيك مارسيليا", ["نادي مارسيليا"], [], "Olympique de Marseille", "FR", "مارسيليا", "Marseille"),
 ("ajax", "أياكس أمستردام", ["نادي أياكس"], [], "AFC Ajax", "NL", "أمستردام", "Amsterdam"),
 ("benfica", "بنفيكا", ["نادي بنفيكا"], [], "SL Benfica", "PT", "لشبونة", "Lisbon"),
 ("fc-porto", "نادي بورتو", ["بورتو البرتغالي"], [], "FC Porto", "PT", "بورتو", "Porto"),
 ("galatasaray", "غلطة سراي", ["نادي غلطة سراي", "جالاتا سراي"], [], "Galatasaray", "TR", "إسطنبول", "Istanbul"),
 ("fenerbahce", "فنربخشة", ["نادي فنربخشة", "فنار بهتشة"], [], "Fenerbahçe", "TR", "إسطنبول", "Istanbul"),
 ("besiktas", "بشكتاش", ["نادي بشكتاش"], [], "Beşiktaş", "TR", "إسطنبول", "Istanbul"),
]


def entities():
    out = []
    for id_, ar, aliases, amb, en, cc, city_ar, city_en in CLUBS:
        nat_ar, nat_en = NAT[cc]
        out.append({"id": "club-" + id_, "type": "organization", "subtype": SUB, "ar": ar,
                    "aliases": list(aliases), "ambiguous_aliases": list(amb), "en": en,
                    "description_ar": f"نادي كرة قدم {nat_ar} مقره {city_ar}",
                    "description_en": f"{nat_en} football club based in {city_en}",
                    "country": "country-" + cc.lower(), "source": "curated"})
    return out
