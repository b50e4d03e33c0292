"""People often named in Arab news, fourth pass of issue 15 (written by the isnad team from
general knowledge; see SOURCES.md): the heads of state and government of UN members at the
cut-off (2025-06) still missing from curated_heads.py, Arab cabinet ministers at the
cut-off, and other figures constantly named in Arab news (Palestinian, Lebanese, Iraqi,
Syrian, Yemeni, Sudanese and Libyan figures, Israeli politicians and generals, Iranian and
Turkish officials, US/EU/Russian/Chinese officials, UN envoys, Gulf royals and business
people, journalists, writers, religious scholars, athletes).

Heads follow curated_heads' convention: one title per office «<office> <country>» with
`org` the country's id. A role carries a start only where the team is certain of it (a
month where certain, else a year, else none). Bare surnames are aliases only when
unambiguous in news and not words or given names; else context-only or left out.
"""
from curated_people import R
from curated_people_historical import H

HS, HG, MON = "head of state", "head of government", "monarch"
IO, REL, ML, FB, COACH = "international official", "religious leader", "militia leader", "footballer", "football coach"
MIL, DIP, SPK, BIZ, JOUR, WRI = "military officer", "diplomat", "spokesperson", "businessperson", "journalist", "writer"


def c(code):
    return f"country-{code}"


def W(id, ar, aliases, en, title, code, frm, subtype=HS, amb=(), dar=None, den=None, to=None):
    """A head of state or government of a UN member; in office at the cut-off unless `to`."""
    t_ar, t_en = title
    return H(id, ar, aliases, en, dar or t_ar, den or t_en, c(code), [R(t_ar, t_en, c(code), frm, to)], subtype, amb)


def PM(country_ar, country_en):
    return (f"رئيس وزراء {country_ar}", f"Prime Minister of {country_en}")


def PR(country_ar, country_en):
    return (f"رئيس {country_ar}", f"President of {country_en}")


HEADS = [
 # --- Europe
 W("xavier-espot-zamora", "كزافييه إسبوت زامورا", ["كزافييه إسبوت"], "Xavier Espot Zamora", PM("أندورا", "Andorra"), "ad", "2019-05", HG,
   dar="رئيس حكومة أندورا منذ 2019", den="Head of Government of Andorra since 2019"),
 W("borjana-kristo", "بوريانا كريستو", [], "Borjana Krišto", ("رئيس مجلس وزراء البوسنة والهرسك", "Chair of the Council of Ministers of Bosnia and Herzegovina"),
   "ba", "2023-01", HG, dar="رئيسة مجلس وزراء البوسنة والهرسك منذ يناير 2023"),
 W("denis-becirovic", "دينيس بيتشيروفيتش", [], "Denis Bećirović", ("العضو البوسني في مجلس رئاسة البوسنة والهرسك", "Bosniak Member of the Presidency of Bosnia and Herzegovina"),
   "ba", "2022-11"),
 W("zeljka-cvijanovic", "جيليكا تسفيانوفيتش", [], "Željka Cvijanović", ("العضو الصربي في مجلس رئاسة البوسنة والهرسك", "Serb Member of the Presidency of Bosnia and Herzegovina"),
   "ba", "2022-11", dar="العضو الصربية في مجلس رئاسة البوسنة والهرسك منذ نوفمبر 2022"),
 W("zeljko-komsic", "جيليكو كومشيتش", [], "Željko Komšić", ("العضو الكرواتي في مجلس رئاسة البوسنة والهرسك", "Croat Member of the Presidency of Bosnia and Herzegovina"),
   "ba", "2018-11"),
 H("milorad-dodik", "ميلوراد دوديك", ["دوديك"], "Milorad Dodik", "زعيم صرب البوسنة ورئيس جمهورية صرب البوسنة بين 2010 و2018 ومنذ 2022، والعضو الصربي في مجلس الرئاسة بين 2018 و2022",
   "Bosnian Serb leader; President of Republika Srpska 2010–2018 and from 2022, Serb member of the Presidency 2018–2022", c("ba"),
   [R("رئيس جمهورية صرب البوسنة", "President of Republika Srpska", c("ba"), "2010", "2018"),
    R("العضو الصربي في مجلس رئاسة البوسنة والهرسك", "Serb Member of the Presidency of Bosnia and Herzegovina", c("ba"), "2018", "2022"),
    R("رئيس جمهورية صرب البوسنة", "President of Republika Srpska", c("ba"), "2022")]),
 W("halla-tomasdottir", "هالا توماسدوتير", [], "Halla Tómasdóttir", PR("آيسلندا", "Iceland"), "is", "2024-08", HS, dar="رئيسة آيسلندا منذ أغسطس 2024"),
 W("kristrun-frostadottir", "كريسترون فروستادوتير", [], "Kristrún Frostadóttir", PM("آيسلندا", "Iceland"), "is", "2024-12", HG, dar="رئيسة وزراء آيسلندا منذ ديسمبر 2024"),
 W("prince-hans-adam-ii", "الأمير هانس آدم الثاني", ["هانس آدم الثاني"], "Prince Hans-Adam II", ("أمير ليختنشتاين", "Prince of Liechtenstein"), "li", "1989-11", MON),
 W("brigitte-haas", "بريجيت هاس", [], "Brigitte Haas", PM("ليختنشتاين", "Liechtenstein"), "li", "2025-04", HG, dar="رئيسة حكومة ليختنشتاين منذ أبريل 2025"),
 W("gintautas-paluckas", "غينتاوتاس بالوتشكاس", [], "Gintautas Paluckas", PM("ليتوانيا", "Lithuania"), "lt", "2024-12", HG),
 W("myriam-spiteri-debono", "ميريام سبيتيري ديبونو", [], "Myriam Spiteri Debono", PR("مالطا", "Malta"), "mt", "2024-04", HS, dar="رئيسة مالطا منذ أبريل 2024"),
 H("ilie-bolojan", "إيلي بولوجان", [], "Ilie Bolojan", "رئيس وزراء رومانيا منذ يونيو 2025، والرئيس المؤقت لرومانيا بين فبراير ومايو 2025 بصفته رئيس مجلس الشيوخ",
   "Prime Minister of Romania since June 2025; interim President of Romania February–May 2025 as President of the Senate", c("ro"),
   [R("رئيس رومانيا", "President of Romania", c("ro"), "2025-02", "2025-05"), R("رئيس وزراء رومانيا", "Prime Minister of Romania", c("ro"), "2025-06")], HG),
 W("marcel-ciolacu", "مارسيل تشولاكو", [], "Marcel Ciolacu", PM("رومانيا", "Romania"), "ro", "2023-06", HG, to="2025-05",
   dar="رئيس وزراء رومانيا بين 2023 و2025", den="Prime Minister of Romania 2023–2025"),
 W("roman-golovchenko", "رومان غولوفتشينكو", [], "Roman Golovchenko", PM("بيلاروس", "Belarus"), "by", "2020-06", HG),
 # --- Asia and Oceania
 W("king-jigme-khesar", "الملك جيغمي خيسار نامغيال وانغتشوك", ["جيغمي خيسار نامغيال وانغتشوك"], "King Jigme Khesar Namgyel Wangchuck", ("ملك بوتان", "King of Bhutan"),
   "bt", "2006-12", MON),
 W("tshering-tobgay", "تشيرينغ توبغاي", [], "Tshering Tobgay", PM("بوتان", "Bhutan"), "bt", "2024-01", HG),
 W("thongloun-sisoulith", "ثونغلون سيسوليث", [], "Thongloun Sisoulith", PR("لاوس", "Laos"), "la", "2021-03"),
 W("sonexay-siphandone", "سونساي سيفاندون", [], "Sonexay Siphandone", PM("لاوس", "Laos"), "la", "2022-12", HG),
 W("ukhnaagiin-khurelsukh", "أوخناجين خورلسوخ", [], "Ukhnaagiin Khürelsükh", PR("منغوليا", "Mongolia"), "mn", "2021-06"),
 W("ram-chandra-paudel", "رام شاندرا بوديل", [], "Ram Chandra Paudel", PR("نيبال", "Nepal"), "np", "2023-03"),
 W("xanana-gusmao", "شانانا غوسماو", [], "Xanana Gusmão", PM("تيمور الشرقية", "Timor-Leste"), "tl", "2023-07", HG,
   dar="رئيس وزراء تيمور الشرقية منذ 2023، وأول رئيس لها بعد الاستقلال (2002-2007)", den="Prime Minister of Timor-Leste since 2023; its first president after independence (2002–2007)"),
 W("kokhir-rasulzoda", "قاهر رسول زاده", [], "Kokhir Rasulzoda", PM("طاجيكستان", "Tajikistan"), "tj", "2013-11", HG),
 W("adylbek-kasymaliev", "أديلبيك كاسيمالييف", [], "Adylbek Kasymaliev", PM("قرغيزستان", "Kyrgyzstan"), "kg", "2024-12", HG,
   dar="رئيس مجلس الوزراء في قرغيزستان منذ ديسمبر 2024", den="Chairman of the Cabinet of Ministers of Kyrgyzstan since December 2024"),
 W("taneti-maamau", "تانيتي ماماو", [], "Taneti Maamau", PR("كيريباتي", "Kiribati"), "ki", "2016-03"),
 W("hilda-heine", "هيلدا هاين", [], "Hilda Heine", PR("جزر مارشال", "the Marshall Islands"), "mh", "2024-01", HS, dar="رئيسة جزر مارشال منذ يناير 2024"),
 W("wesley-simina", "ويسلي سيمينا", [], "Wesley Simina", PR("ميكرونيزيا", "Micronesia"), "fm", "2023-05"),
 W("david-adeang", "ديفيد أدينغ", [], "David Adeang", PR("ناورو", "Nauru"), "nr", "2023-10"),
 W("surangel-whipps-jr", "سورانجل ويبس الابن", ["سورانجل ويبس"], "Surangel Whipps Jr.", PR("بالاو", "Palau"), "pw", "2021-01"),
 W("jeremiah-manele", "جيريمايا مانيلي", [], "Jeremiah Manele", PM("جزر سليمان", "the Solomon Islands"), "sb", "2024-05", HG),
 W("king-tupou-vi", "الملك توبو السادس", ["توبو السادس"], "King Tupou VI", ("ملك تونغا", "King of Tonga"), "to", "2012-03", MON),
 W("feleti-teo", "فيليتي تيو", [], "Feleti Teo", PM("توفالو", "Tuvalu"), "tv", "2024-02", HG),
 W("jotham-napat", "جوثام نابات", [], "Jotham Napat", PM("فانواتو", "Vanuatu"), "vu", "2025-02", HG),
 W("fiame-naomi-mataafa", "فيامي نعومي ماتافا", [], "Fiamē Naomi Mataʻafa", PM("ساموا", "Samoa"), "ws", "2021-05", HG, dar="رئيسة وزراء ساموا منذ مايو 2021"),
 # --- Africa
 W("rimtalba-ouedraogo", "ريمتالبا جان إيمانويل ويدراوغو", [], "Rimtalba Jean Emmanuel Ouédraogo", PM("بوركينا فاسو", "Burkina Faso"), "bf", "2024-12", HG),
 W("gervais-ndirakobuca", "جيرفيه نديراكوبوكا", [], "Gervais Ndirakobuca", PM("بوروندي", "Burundi"), "bi", "2022-09", HG),
 W("felix-moloua", "فيليكس مولوا", [], "Félix Moloua", PM("أفريقيا الوسطى", "the Central African Republic"), "cf", "2022-02", HG),
 W("anatole-collinet-makosso", "أناتول كولينيه ماكوسو", [], "Anatole Collinet Makosso", PM("الكونغو", "the Republic of the Congo"), "cg", "2021-05", HG),
 W("robert-beugre-mambe", "روبير بوغري مامبي", [], "Robert Beugré Mambé", PM("ساحل العاج", "Côte d'Ivoire"), "ci", "2023-10", HG),
 W("joseph-dion-ngute", "جوزيف ديون نغوتي", [], "Joseph Dion Ngute", PM("الكاميرون", "Cameroon"), "cm", "2019-01", HG),
 W("jose-maria-neves", "جوزيه ماريا نيفيس", [], "José Maria Neves", PR("الرأس الأخضر", "Cape Verde"), "cv", "2021-10"),
 W("ulisses-correia-e-silva", "أوليسيس كوريا إي سيلفا", [], "Ulisses Correia e Silva", PM("الرأس الأخضر", "Cape Verde"), "cv", "2016-04", HG),
 W("amadou-oury-bah", "أمادو أوري باه", [], "Amadou Oury Bah", PM("غينيا", "Guinea"), "gn", "2024-02", HG),
 W("manuela-roka-botey", "مانويلا روكا بوتي", [], "Manuela Roka Botey", PM("غينيا الاستوائية", "Equatorial Guinea"), "gq", "2023-01", HG,
   dar="رئيسة وزراء غينيا الاستوائية منذ يناير 2023"),
 W("sam-matekane", "سام ماتيكاني", [], "Sam Matekane", PM("ليسوتو", "Lesotho"), "ls", "2022-10", HG),
 W("king-letsie-iii", "الملك ليتسي الثالث", ["ليتسي الثالث"], "King Letsie III", ("ملك ليسوتو", "King of Lesotho"), "ls", "1996-02", MON),
 W("abdoulaye-maiga", "عبدولاي مايغا", [], "Abdoulaye Maïga", PM("مالي", "Mali"), "ml", "2024-11", HG,
   dar="رئيس وزراء مالي منذ نوفمبر 2024، ضابط في الجيش", den="Prime Minister of Mali since November 2024, an army officer"),
 W("choguel-maiga", "شوغيل كوكالا مايغا", ["شوغيل مايغا"], "Choguel Kokalla Maïga", PM("مالي", "Mali"), "ml", "2021-06", HG, to="2024-11",
   dar="رئيس وزراء مالي الانتقالي بين 2021 و2024", den="Transitional Prime Minister of Mali 2021–2024"),
 W("christian-ntsay", "كريستيان نتساي", [], "Christian Ntsay", PM("مدغشقر", "Madagascar"), "mg", "2018-06", HG),
 W("navin-ramgoolam", "نافين رامغولام", [], "Navin Ramgoolam", PM("موريشيوس", "Mauritius"), "mu", "2024-11", HG),
 W("maria-benvinda-levi", "ماريا بنفيندا ليفي", [], "Maria Benvinda Levi", PM("موزمبيق", "Mozambique"), "mz", "2025-01", HG, dar="رئيسة وزراء موزمبيق منذ يناير 2025"),
 W("ali-lamine-zeine", "علي محمد الأمين زين", ["علي الأمين زين", "علي لامين زين"], "Ali Lamine Zeine", PM("النيجر", "Niger"), "ne", "2023-08", HG),
 W("edouard-ngirente", "إدوارد نغيرنتي", [], "Édouard Ngirente", PM("رواندا", "Rwanda"), "rw", "2017-08", HG),
 W("carlos-vila-nova", "كارلوس فيلا نوفا", [], "Carlos Vila Nova", PR("ساو تومي وبرينسيبي", "São Tomé and Príncipe"), "st", "2021-10"),
 W("russell-dlamini", "راسل دلاميني", [], "Russell Dlamini", PM("إسواتيني", "Eswatini"), "sz", "2023-11", HG),
 W("jean-lucien-savi-de-tove", "جان لوسيان سافي دي توفي", [], "Jean-Lucien Savi de Tové", PR("توغو", "Togo"), "tg", "2025-05", HS,
   dar="رئيس جمهورية توغو منذ مايو 2025 (منصب شرفي بموجب الدستور الجديد)", den="President of the Republic of Togo since May 2025 (a ceremonial post under the new constitution)"),
 W("kassim-majaliwa", "قاسم مجاليوا", [], "Kassim Majaliwa", PM("تنزانيا", "Tanzania"), "tz", "2015-11", HG),
 W("robinah-nabbanja", "روبينا نابانجا", [], "Robinah Nabbanja", PM("أوغندا", "Uganda"), "ug", "2021-06", HG, dar="رئيسة وزراء أوغندا منذ يونيو 2021"),
 # --- Americas
 W("gaston-browne", "غاستون براون", [], "Gaston Browne", PM("أنتيغوا وبربودا", "Antigua and Barbuda"), "ag", "2014-06", HG),
 W("mia-mottley", "ميا موتلي", [], "Mia Mottley", PM("بربادوس", "Barbados"), "bb", "2018-05", HG, dar="رئيسة وزراء بربادوس منذ مايو 2018"),
 W("sandra-mason", "ساندرا ميسون", [], "Sandra Mason", PR("بربادوس", "Barbados"), "bb", "2021-11", HS, dar="أول رئيسة لبربادوس منذ تحولها إلى جمهورية في نوفمبر 2021",
   den="First President of Barbados since it became a republic in November 2021"),
 W("philip-davis", "فيليب ديفيس", [], "Philip Davis", PM("جزر البهاما", "the Bahamas"), "bs", "2021-09", HG),
 W("johnny-briceno", "جوني بريسينيو", [], "Johnny Briceño", PM("بليز", "Belize"), "bz", "2020-11", HG),
 W("roosevelt-skerrit", "روزفلت سكيريت", [], "Roosevelt Skerrit", PM("دومينيكا", "Dominica"), "dm", "2004-01", HG),
 W("dickon-mitchell", "ديكون ميتشل", [], "Dickon Mitchell", PM("غرينادا", "Grenada"), "gd", "2022-06", HG),
 W("alix-didier-fils-aime", "أليكس ديدييه فيس إيميه", [], "Alix Didier Fils-Aimé", PM("هايتي", "Haiti"), "ht", "2024-11", HG),
 W("terrance-drew", "تيرانس درو", [], "Terrance Drew", PM("سانت كيتس ونيفيس", "Saint Kitts and Nevis"), "kn", "2022-08", HG),
 W("philip-j-pierre", "فيليب جيه بيير", [], "Philip J. Pierre", PM("سانت لوسيا", "Saint Lucia"), "lc", "2021-07", HG),
 W("chan-santokhi", "تشان سانتوخي", [], "Chan Santokhi", PR("سورينام", "Suriname"), "sr", "2020-07"),
 H("kamla-persad-bissessar", "كاملا بيرساد بيسيسار", [], "Kamla Persad-Bissessar", "رئيسة وزراء ترينيداد وتوباغو منذ مايو 2025 وبين 2010 و2015",
   "Prime Minister of Trinidad and Tobago since May 2025 and 2010–2015", c("tt"),
   [R(*PM("ترينيداد وتوباغو", "Trinidad and Tobago"), c("tt"), "2010-05", "2015-09"), R(*PM("ترينيداد وتوباغو", "Trinidad and Tobago"), c("tt"), "2025-05")], HG),
 W("christine-kangaloo", "كريستين كانغالو", [], "Christine Kangaloo", PR("ترينيداد وتوباغو", "Trinidad and Tobago"), "tt", "2023-03", HS, dar="رئيسة ترينيداد وتوباغو منذ مارس 2023"),
 W("ralph-gonsalves", "رالف غونسالفيس", [], "Ralph Gonsalves", PM("سانت فنسنت وجزر غرينادين", "Saint Vincent and the Grenadines"), "vc", "2001-03", HG),
 W("manuel-marrero-cruz", "مانويل ماريرو كروز", [], "Manuel Marrero Cruz", PM("كوبا", "Cuba"), "cu", "2019-12", HG),
 W("mark-phillips", "مارك فيليبس", [], "Mark Phillips", PM("غيانا", "Guyana"), "gy", "2020-08", HG),
 W("eduardo-arana", "إدواردو أرانا", [], "Eduardo Arana", PM("بيرو", "Peru"), "pe", "2025-05", HG,
   dar="رئيس مجلس وزراء بيرو منذ مايو 2025", den="President of the Council of Ministers of Peru since May 2025"),
]

MONTHS_AR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def since(frm, lang):
    if not frm:
        return ""
    if len(frm) == 4:
        return (" منذ " if lang == "ar" else " since ") + frm
    y, m = frm.split("-")
    months = MONTHS_AR if lang == "ar" else MONTHS_EN
    return (" منذ " if lang == "ar" else " since ") + f"{months[int(m) - 1]} {y}"


def M(id, ar, aliases, en, title, code, org=None, frm=None, dar=None, den=None, subtype="politician", amb=(), more=()):
    """A minister (or other office holder) in office at the cut-off; `more`: earlier roles."""
    t_ar, t_en = title
    dar = dar or (t_ar + since(frm, "ar"))
    den = den or (t_en + since(frm, "en"))
    return H(id, ar, aliases, en, dar, den, c(code), [R(t_ar, t_en, org or c(code), frm)] + list(more), subtype, amb)


MINISTERS = [
 # --- Saudi Arabia
 M("abdulaziz-bin-saud-bin-nayef", "الأمير عبدالعزيز بن سعود بن نايف", ["عبدالعزيز بن سعود بن نايف", "عبد العزيز بن سعود بن نايف", "الأمير عبد العزيز بن سعود"],
   "Prince Abdulaziz bin Saud bin Nayef", ("وزير الداخلية السعودي", "Interior Minister of Saudi Arabia"), "sa", "sa-moi", "2017-06"),
 M("mohammed-al-jadaan", "محمد الجدعان", ["محمد بن عبدالله الجدعان", "محمد بن عبد الله الجدعان"], "Mohammed Al-Jadaan", ("وزير المالية السعودي", "Finance Minister of Saudi Arabia"), "sa", "sa-mof", "2016-11"),
 M("abdulaziz-bin-salman", "الأمير عبدالعزيز بن سلمان", ["عبدالعزيز بن سلمان", "عبد العزيز بن سلمان", "الأمير عبد العزيز بن سلمان"], "Prince Abdulaziz bin Salman",
   ("وزير الطاقة السعودي", "Energy Minister of Saudi Arabia"), "sa", "sa-energy-ministry", "2019-09"),
 M("fahad-al-jalajel", "فهد الجلاجل", ["فهد بن عبدالرحمن الجلاجل"], "Fahad Al-Jalajel", ("وزير الصحة السعودي", "Health Minister of Saudi Arabia"), "sa", "sa-moh", "2022-09"),
 M("salman-al-dossary", "سلمان الدوسري", ["سلمان بن يوسف الدوسري"], "Salman Al-Dossary", ("وزير الإعلام السعودي", "Media Minister of Saudi Arabia"), "sa", "sa-media-ministry", "2023-09"),
 M("faisal-alibrahim", "فيصل الإبراهيم", ["فيصل بن فاضل الإبراهيم"], "Faisal Alibrahim", ("وزير الاقتصاد والتخطيط السعودي", "Minister of Economy and Planning of Saudi Arabia"), "sa", "sa-economy-ministry", "2022"),
 M("walid-al-samaani", "وليد الصمعاني", ["وليد بن محمد الصمعاني"], "Walid Al-Samaani", ("وزير العدل السعودي", "Justice Minister of Saudi Arabia"), "sa", "sa-moj", "2015"),
 H("khalid-al-falih", "خالد الفالح", ["خالد بن عبدالعزيز الفالح"], "Khalid Al-Falih", "وزير الاستثمار السعودي منذ 2020، ووزير الطاقة بين 2016 و2019، والرئيس التنفيذي لأرامكو بين 2009 و2015",
   "Saudi Minister of Investment since 2020; Energy Minister 2016–2019; CEO of Saudi Aramco 2009–2015", c("sa"),
   [R("وزير الاستثمار السعودي", "Minister of Investment of Saudi Arabia", c("sa"), "2020-02"),
    R("وزير الطاقة السعودي", "Energy Minister of Saudi Arabia", "sa-energy-ministry", "2016-05", "2019-09")]),
 M("abdulaziz-bin-turki-al-faisal", "الأمير عبدالعزيز بن تركي الفيصل", ["عبدالعزيز بن تركي الفيصل", "عبد العزيز بن تركي الفيصل"], "Prince Abdulaziz bin Turki Al-Faisal",
   ("وزير الرياضة السعودي", "Sports Minister of Saudi Arabia"), "sa", None, "2020-02"),
 M("badr-bin-farhan", "الأمير بدر بن عبدالله بن فرحان", ["بدر بن عبدالله بن فرحان", "الأمير بدر بن عبد الله بن فرحان"], "Prince Badr bin Abdullah bin Farhan",
   ("وزير الثقافة السعودي", "Culture Minister of Saudi Arabia"), "sa", None, "2018-06"),
 M("abdullah-bin-bandar", "الأمير عبدالله بن بندر بن عبدالعزيز", ["عبدالله بن بندر", "الأمير عبد الله بن بندر"], "Prince Abdullah bin Bandar",
   ("وزير الحرس الوطني السعودي", "Minister of the National Guard of Saudi Arabia"), "sa", None, "2018-12"),
 M("abdullatif-al-ash-sheikh", "عبداللطيف آل الشيخ", ["عبد اللطيف آل الشيخ", "الشيخ عبداللطيف بن عبدالعزيز آل الشيخ"], "Abdullatif Al ash-Sheikh",
   ("وزير الشؤون الإسلامية السعودي", "Minister of Islamic Affairs of Saudi Arabia"), "sa", None, "2018-06"),
 M("ahmed-al-khateeb", "أحمد الخطيب", ["أحمد بن عقيل الخطيب"], "Ahmed Al-Khateeb", ("وزير السياحة السعودي", "Tourism Minister of Saudi Arabia"), "sa", None, "2020-02"),
 M("yousef-al-benyan", "يوسف البنيان", ["يوسف بن عبدالله البنيان"], "Yousef Al-Benyan", ("وزير التعليم السعودي", "Education Minister of Saudi Arabia"), "sa", "sa-education-ministry", "2022-09"),
 # --- Egypt (most since the July 2024 cabinet)
 M("mahmoud-tawfik", "محمود توفيق", ["اللواء محمود توفيق"], "Mahmoud Tawfik", ("وزير الداخلية المصري", "Interior Minister of Egypt"), "eg", "eg-moi", "2017-06"),
 M("abdel-mageed-saqr", "عبد المجيد صقر", ["الفريق أول عبد المجيد صقر", "عبدالمجيد صقر"], "Abdel Mageed Saqr", ("وزير الدفاع المصري", "Defence Minister of Egypt"), "eg", "eg-mod", "2024-07",
   subtype=MIL),
 M("ahmed-kouchouk", "أحمد كجوك", [], "Ahmed Kouchouk", ("وزير المالية المصري", "Finance Minister of Egypt"), "eg", "eg-mof", "2024-07"),
 M("karim-badawi", "كريم بدوي", [], "Karim Badawi", ("وزير البترول والثروة المعدنية المصري", "Minister of Petroleum and Mineral Resources of Egypt"), "eg", "eg-petroleum-ministry", "2024-07"),
 M("khaled-abdel-ghaffar", "خالد عبد الغفار", ["خالد عبدالغفار"], "Khaled Abdel Ghaffar", ("وزير الصحة المصري", "Health Minister of Egypt"), "eg", "eg-moh", "2022-08",
   dar="وزير الصحة والسكان المصري منذ 2022، ونائب رئيس الوزراء للتنمية البشرية منذ يوليو 2024",
   den="Egypt's Minister of Health and Population since 2022; Deputy Prime Minister for Human Development since July 2024"),
 M("adnan-fangari", "عدنان فنجري", [], "Adnan Fangari", ("وزير العدل المصري", "Justice Minister of Egypt"), "eg", "eg-moj", "2024-07"),
 M("rania-al-mashat", "رانيا المشاط", [], "Rania Al-Mashat", ("وزيرة التخطيط والتنمية الاقتصادية والتعاون الدولي المصرية", "Egypt's Minister of Planning, Economic Development and International Cooperation"),
   "eg", None, "2024-07"),
 M("sherif-farouk", "شريف فاروق", [], "Sherif Farouk", ("وزير التموين والتجارة الداخلية المصري", "Egypt's Minister of Supply and Internal Trade"), "eg", "eg-supply-ministry", "2024-07"),
 M("hassan-el-khatib", "حسن الخطيب", [], "Hassan El-Khatib", ("وزير الاستثمار والتجارة الخارجية المصري", "Egypt's Minister of Investment and Foreign Trade"), "eg", None, "2024-07"),
 M("mohamed-abdel-latif", "محمد عبد اللطيف", ["محمد عبداللطيف"], "Mohamed Abdel Latif", ("وزير التربية والتعليم المصري", "Egypt's Minister of Education"), "eg", "eg-education-ministry", "2024-07"),
 M("osama-al-azhari", "أسامة الأزهري", ["الشيخ أسامة الأزهري"], "Osama al-Azhari", ("وزير الأوقاف المصري", "Egypt's Minister of Awqaf (Religious Endowments)"), "eg", None, "2024-07"),
 M("mahmoud-esmat", "محمود عصمت", [], "Mahmoud Esmat", ("وزير الكهرباء والطاقة المتجددة المصري", "Egypt's Minister of Electricity and Renewable Energy"), "eg", None, "2024-07"),
 M("maya-morsy", "مايا مرسي", [], "Maya Morsy", ("وزيرة التضامن الاجتماعي المصرية", "Egypt's Minister of Social Solidarity"), "eg", None, "2024-07"),
 M("kamel-al-wazir", "كامل الوزير", ["الفريق كامل الوزير"], "Kamel al-Wazir", ("وزير النقل المصري", "Egypt's Minister of Transport"), "eg", None, "2019-03",
   dar="وزير النقل المصري منذ 2019، ونائب رئيس الوزراء للتنمية الصناعية ووزير الصناعة منذ يوليو 2024",
   den="Egypt's Minister of Transport since 2019; Deputy Prime Minister for Industrial Development and Minister of Industry since July 2024"),
 M("hani-sewilam", "هاني سويلم", [], "Hani Sewilam", ("وزير الموارد المائية والري المصري", "Egypt's Minister of Water Resources and Irrigation"), "eg", None, "2022-08"),
 M("ashraf-sobhy", "أشرف صبحي", [], "Ashraf Sobhy", ("وزير الشباب والرياضة المصري", "Egypt's Minister of Youth and Sports"), "eg", None, "2018-06"),
 M("amr-talaat", "عمرو طلعت", [], "Amr Talaat", ("وزير الاتصالات وتكنولوجيا المعلومات المصري", "Egypt's Minister of Communications and IT"), "eg", None, "2018-06"),
 M("ayman-ashour", "أيمن عاشور", [], "Ayman Ashour", ("وزير التعليم العالي والبحث العلمي المصري", "Egypt's Minister of Higher Education"), "eg", None, "2022-08"),
 M("sherif-fathy", "شريف فتحي", [], "Sherif Fathy", ("وزير السياحة والآثار المصري", "Egypt's Minister of Tourism and Antiquities"), "eg", None, "2024-07"),
 M("ahmed-fouad-hanno", "أحمد فؤاد هنو", [], "Ahmed Fouad Hanno", ("وزير الثقافة المصري", "Egypt's Minister of Culture"), "eg", None, "2024-07"),
 M("sherif-el-sherbiny", "شريف الشربيني", [], "Sherif El-Sherbiny", ("وزير الإسكان المصري", "Egypt's Minister of Housing"), "eg", None, "2024-07"),
 M("hassan-abdalla", "حسن عبد الله", ["حسن عبدالله"], "Hassan Abdalla", ("محافظ البنك المركزي المصري", "Governor of the Central Bank of Egypt"), "eg", None, "2022-08"),
 M("hassan-rashad", "حسن رشاد", ["اللواء حسن رشاد"], "Hassan Rashad", ("رئيس جهاز المخابرات العامة المصرية", "Director of Egypt's General Intelligence Service"), "eg", None, "2024-10",
   subtype="intelligence official"),
 H("abbas-kamel", "عباس كامل", ["اللواء عباس كامل"], "Abbas Kamel", "رئيس جهاز المخابرات العامة المصرية بين 2018 و2024 ومدير مكتب الرئيس السيسي قبلها",
   "Director of Egypt's General Intelligence Service 2018–2024; earlier head of President Sisi's office", c("eg"),
   [R("رئيس جهاز المخابرات العامة المصرية", "Director of Egypt's General Intelligence Service", c("eg"), "2018", "2024-10")], "intelligence official"),
 M("diaa-rashwan", "ضياء رشوان", [], "Diaa Rashwan", ("رئيس الهيئة العامة للاستعلامات المصرية", "Head of Egypt's State Information Service"), "eg", None, "2017"),
 # --- Iraq (al-Sudani cabinet, October 2022)
 M("abdul-amir-al-shammari", "عبد الأمير الشمري", ["عبدالأمير الشمري", "الفريق عبد الأمير الشمري"], "Abdul Amir al-Shammari", ("وزير الداخلية العراقي", "Interior Minister of Iraq"), "iq", "iq-moi", "2022-10"),
 M("thabet-al-abbasi", "ثابت العباسي", ["ثابت محمد سعيد العباسي"], "Thabet al-Abbasi", ("وزير الدفاع العراقي", "Defence Minister of Iraq"), "iq", "iq-mod", "2022-10"),
 M("taif-sami", "طيف سامي", ["طيف سامي محمد"], "Taif Sami", ("وزيرة المالية العراقية", "Finance Minister of Iraq"), "iq", "iq-mof", "2022-10"),
 M("hayan-abdul-ghani", "حيان عبد الغني", ["حيان عبدالغني"], "Hayan Abdul Ghani", ("وزير النفط العراقي", "Oil Minister of Iraq"), "iq", "iq-oil-ministry", "2022-10"),
 M("saleh-al-hasnawi", "صالح الحسناوي", ["صالح مهدي الحسناوي"], "Saleh al-Hasnawi", ("وزير الصحة العراقي", "Health Minister of Iraq"), "iq", "iq-moh", "2022-10"),
 M("khalid-shwani", "خالد شواني", [], "Khalid Shwani", ("وزير العدل العراقي", "Justice Minister of Iraq"), "iq", "iq-moj", "2022-10"),
 M("qasim-al-araji", "قاسم الأعرجي", [], "Qasim al-Araji", ("مستشار الأمن القومي العراقي", "National Security Adviser of Iraq"), "iq", None, "2020",
   more=[R("وزير الداخلية العراقي", "Interior Minister of Iraq", "iq-moi", "2017", "2018")]),
 M("faleh-al-fayyadh", "فالح الفياض", [], "Faleh al-Fayyadh", ("رئيس هيئة الحشد الشعبي", "Chairman of the Popular Mobilisation Commission"), "iq", None, "2014",
   dar="رئيس هيئة الحشد الشعبي في العراق، ومستشار الأمن الوطني بين 2011 و2020", den="Chairman of Iraq's Popular Mobilisation Commission; National Security Adviser 2011–2020"),
 # --- Syria (transitional government, March 2025)
 M("anas-khattab", "أنس خطاب", [], "Anas Khattab", ("وزير الداخلية السوري", "Interior Minister of Syria"), "sy", "sy-moi", "2025-03",
   dar="وزير الداخلية السوري منذ مارس 2025، ورئيس جهاز الاستخبارات العامة قبلها", den="Syria's Interior Minister since March 2025; head of General Intelligence before that"),
 M("murhaf-abu-qasra", "مرهف أبو قصرة", [], "Murhaf Abu Qasra", ("وزير الدفاع السوري", "Defence Minister of Syria"), "sy", "sy-mod", "2024-12"),
 M("mohammed-yisr-barnieh", "محمد يسر برنية", [], "Mohammed Yisr Barnieh", ("وزير المالية السوري", "Finance Minister of Syria"), "sy", "sy-mof", "2025-03"),
 M("musab-al-ali", "مصعب العلي", [], "Musab al-Ali", ("وزير الصحة السوري", "Health Minister of Syria"), "sy", "sy-moh", "2025-03"),
 M("hamza-al-mustafa", "حمزة المصطفى", [], "Hamza al-Mustafa", ("وزير الإعلام السوري", "Information Minister of Syria"), "sy", "sy-information-ministry", "2025-03"),
 M("mohammed-nidal-al-shaar", "محمد نضال الشعار", ["نضال الشعار"], "Mohammed Nidal al-Shaar", ("وزير الاقتصاد والصناعة السوري", "Minister of Economy and Industry of Syria"), "sy", None, "2025-03"),
 M("mazhar-al-wais", "مظهر الويس", [], "Mazhar al-Wais", ("وزير العدل السوري", "Justice Minister of Syria"), "sy", "sy-moj", "2025-03"),
 M("raed-al-saleh", "رائد الصالح", [], "Raed al-Saleh", ("وزير الطوارئ وإدارة الكوارث السوري", "Syria's Minister of Emergencies and Disaster Management"), "sy", None, "2025-03",
   dar="وزير الطوارئ وإدارة الكوارث السوري منذ مارس 2025، ومدير الدفاع المدني السوري (الخوذ البيضاء) قبلها",
   den="Syria's Minister of Emergencies and Disaster Management since March 2025; formerly head of the Syria Civil Defence (White Helmets)"),
 M("hind-kabawat", "هند قبوات", [], "Hind Kabawat", ("وزيرة الشؤون الاجتماعية والعمل السورية", "Syria's Minister of Social Affairs and Labour"), "sy", None, "2025-03"),
 # --- Lebanon (Nawaf Salam's government, February 2025)
 M("ahmad-al-hajjar", "أحمد الحجار", [], "Ahmad al-Hajjar", ("وزير الداخلية اللبناني", "Interior Minister of Lebanon"), "lb", "lb-moi", "2025-02"),
 M("michel-menassa", "ميشال منسى", [], "Michel Menassa", ("وزير الدفاع اللبناني", "Defence Minister of Lebanon"), "lb", "lb-mod", "2025-02"),
 M("yassine-jaber", "ياسين جابر", [], "Yassine Jaber", ("وزير المالية اللبناني", "Finance Minister of Lebanon"), "lb", "lb-mof", "2025-02"),
 M("joe-saddi", "جو الصدي", [], "Joe Saddi", ("وزير الطاقة والمياه اللبناني", "Lebanon's Minister of Energy and Water"), "lb", "lb-energy-ministry", "2025-02"),
 M("rakan-nasreddine", "ركان ناصر الدين", [], "Rakan Nasreddine", ("وزير الصحة اللبناني", "Health Minister of Lebanon"), "lb", "lb-moh", "2025-02"),
 M("paul-morcos", "بول مرقص", [], "Paul Morcos", ("وزير الإعلام اللبناني", "Information Minister of Lebanon"), "lb", "lb-information-ministry", "2025-02"),
 M("amer-bisat", "عامر البساط", [], "Amer Bisat", ("وزير الاقتصاد والتجارة اللبناني", "Lebanon's Minister of Economy and Trade"), "lb", "lb-economy-ministry", "2025-02"),
 M("adel-nassar", "عادل نصار", [], "Adel Nassar", ("وزير العدل اللبناني", "Justice Minister of Lebanon"), "lb", "lb-moj", "2025-02"),
 M("tarek-mitri", "طارق متري", [], "Tarek Mitri", ("نائب رئيس الوزراء اللبناني", "Deputy Prime Minister of Lebanon"), "lb", None, "2025-02"),
 H("ghassan-salame", "غسان سلامة", [], "Ghassan Salamé", "وزير الثقافة اللبناني منذ فبراير 2025، والمبعوث الأممي إلى ليبيا بين 2017 و2020",
   "Lebanon's Minister of Culture since February 2025; UN envoy to Libya 2017–2020", c("lb"),
   [R("وزير الثقافة اللبناني", "Culture Minister of Lebanon", c("lb"), "2025-02"),
    R("المبعوث الأممي إلى ليبيا", "UN Special Envoy for Libya", "united-nations", "2017", "2020")]),
 M("karim-souaid", "كريم سعيد", [], "Karim Souaid", ("حاكم مصرف لبنان", "Governor of the Banque du Liban"), "lb", None, "2025-03"),
 H("riad-salameh", "رياض سلامة", [], "Riad Salameh", "حاكم مصرف لبنان بين 1993 و2023", "Governor of Lebanon's central bank 1993–2023", c("lb"),
   [R("حاكم مصرف لبنان", "Governor of the Banque du Liban", c("lb"), "1993", "2023-07")]),
 M("rodolphe-haykal", "رودولف هيكل", ["العماد رودولف هيكل"], "Rodolphe Haykal", ("قائد الجيش اللبناني", "Commander of the Lebanese Army"), "lb", None, "2025-03", subtype=MIL),
 # --- Jordan
 M("mazen-al-faraya", "مازن الفراية", [], "Mazen al-Faraya", ("وزير الداخلية الأردني", "Interior Minister of Jordan"), "jo", "jo-moi"),
 # --- Gulf
 M("saif-bin-zayed", "الشيخ سيف بن زايد آل نهيان", ["سيف بن زايد", "سيف بن زايد آل نهيان"], "Saif bin Zayed Al Nahyan", ("وزير الداخلية الإماراتي", "Interior Minister of the UAE"), "ae", "ae-moi", "2004",
   dar="نائب رئيس مجلس الوزراء ووزير الداخلية في الإمارات منذ 2004", den="Deputy Prime Minister and Interior Minister of the UAE since 2004"),
 H("hamdan-bin-mohammed", "الشيخ حمدان بن محمد بن راشد آل مكتوم", ["حمدان بن محمد بن راشد", "حمدان بن محمد", "الشيخ حمدان بن محمد"], "Hamdan bin Mohammed Al Maktoum",
   "ولي عهد دبي منذ 2008، ونائب رئيس مجلس الوزراء ووزير الدفاع في الإمارات منذ يوليو 2024", "Crown Prince of Dubai since 2008; Deputy Prime Minister and Defence Minister of the UAE since July 2024", c("ae"),
   [R("ولي عهد دبي", "Crown Prince of Dubai", None, "2008-02"), R("وزير الدفاع الإماراتي", "Defence Minister of the UAE", "ae-mod", "2024-07")]),
 M("maktoum-bin-mohammed", "الشيخ مكتوم بن محمد بن راشد آل مكتوم", ["مكتوم بن محمد بن راشد", "مكتوم بن محمد"], "Maktoum bin Mohammed Al Maktoum",
   ("وزير المالية الإماراتي", "Finance Minister of the UAE"), "ae", "ae-mof", "2021-09",
   dar="النائب الأول لحاكم دبي، ونائب رئيس مجلس الوزراء ووزير المالية في الإمارات منذ 2021", den="First Deputy Ruler of Dubai; Deputy Prime Minister and Finance Minister of the UAE since 2021"),
 M("suhail-al-mazrouei", "سهيل المزروعي", ["سهيل بن محمد المزروعي"], "Suhail Al Mazrouei", ("وزير الطاقة والبنية التحتية الإماراتي", "UAE Minister of Energy and Infrastructure"), "ae", "ae-energy-ministry", None,
   dar="وزير الطاقة والبنية التحتية الإماراتي، ووزير الطاقة منذ 2013", den="UAE Minister of Energy and Infrastructure; energy minister since 2013"),
 M("abdulla-bin-touq", "عبدالله بن طوق المري", ["عبد الله بن طوق المري", "عبدالله بن طوق"], "Abdulla bin Touq Al Marri", ("وزير الاقتصاد الإماراتي", "Economy Minister of the UAE"), "ae", "ae-economy-ministry", "2020-07"),
 H("sultan-al-jaber", "سلطان الجابر", ["سلطان أحمد الجابر", "سلطان بن أحمد الجابر"], "Sultan Al Jaber", "وزير الصناعة والتكنولوجيا المتقدمة الإماراتي منذ 2020، والرئيس التنفيذي لشركة أدنوك، ورئيس مؤتمر الأطراف كوب 28",
   "UAE Minister of Industry and Advanced Technology since 2020, CEO of ADNOC, President of COP28", c("ae"),
   [R("وزير الصناعة والتكنولوجيا المتقدمة الإماراتي", "UAE Minister of Industry and Advanced Technology", c("ae"), "2020-07")]),
 H("tahnoun-bin-zayed", "الشيخ طحنون بن زايد آل نهيان", ["طحنون بن زايد", "طحنون بن زايد آل نهيان"], "Tahnoun bin Zayed Al Nahyan",
   "مستشار الأمن الوطني الإماراتي، ونائب حاكم أبوظبي منذ 2023", "National Security Adviser of the UAE; Deputy Ruler of Abu Dhabi since 2023", c("ae"),
   [R("مستشار الأمن الوطني الإماراتي", "National Security Adviser of the UAE", c("ae"), "2016")]),
 H("mansour-bin-zayed", "الشيخ منصور بن زايد آل نهيان", ["منصور بن زايد", "منصور بن زايد آل نهيان"], "Mansour bin Zayed Al Nahyan",
   "نائب رئيس دولة الإمارات منذ 2023 ونائب رئيس مجلس الوزراء، مالك نادي مانشستر سيتي", "Vice President of the UAE since 2023 and Deputy Prime Minister; owner of Manchester City", c("ae"),
   [R("نائب رئيس دولة الإمارات", "Vice President of the UAE", c("ae"), "2023-03")]),
 H("khaled-bin-mohamed-bin-zayed", "الشيخ خالد بن محمد بن زايد آل نهيان", ["خالد بن محمد بن زايد", "الشيخ خالد بن محمد بن زايد"], "Khaled bin Mohamed bin Zayed Al Nahyan",
   "ولي عهد أبوظبي منذ مارس 2023", "Crown Prince of Abu Dhabi since March 2023", c("ae"), [R("ولي عهد أبوظبي", "Crown Prince of Abu Dhabi", None, "2023-03")]),
 H("anwar-gargash", "أنور قرقاش", ["أنور محمد قرقاش"], "Anwar Gargash", "المستشار الدبلوماسي لرئيس دولة الإمارات، ووزير الدولة للشؤون الخارجية بين 2008 و2021",
   "Diplomatic Adviser to the UAE President; Minister of State for Foreign Affairs 2008–2021", c("ae"),
   [R("وزير الدولة للشؤون الخارجية الإماراتي", "UAE Minister of State for Foreign Affairs", "ae-mfa", "2008", "2021")], DIP),
 M("reem-al-hashimy", "ريم الهاشمي", ["ريم بنت إبراهيم الهاشمي"], "Reem Al Hashimy", ("وزيرة الدولة لشؤون التعاون الدولي الإماراتية", "UAE Minister of State for International Cooperation"), "ae", "ae-mfa"),
 M("khalifa-bin-hamad-bin-khalifa", "الشيخ خليفة بن حمد بن خليفة آل ثاني", ["خليفة بن حمد بن خليفة آل ثاني"], "Khalifa bin Hamad bin Khalifa Al Thani",
   ("وزير الداخلية القطري", "Interior Minister of Qatar"), "qa", "qa-moi", "2021"),
 M("ali-bin-ahmed-al-kuwari", "علي بن أحمد الكواري", ["علي الكواري"], "Ali bin Ahmed Al Kuwari", ("وزير المالية القطري", "Finance Minister of Qatar"), "qa", "qa-mof", "2021"),
 M("saad-al-kaabi", "سعد شريدة الكعبي", ["سعد بن شريدة الكعبي", "سعد الكعبي"], "Saad Sherida Al-Kaabi", ("وزير الدولة لشؤون الطاقة القطري", "Qatar's Minister of State for Energy Affairs"), "qa", None, "2018",
   dar="وزير الدولة لشؤون الطاقة في قطر منذ 2018، والرئيس التنفيذي لشركة قطر للطاقة", den="Qatar's Minister of State for Energy Affairs since 2018; CEO of QatarEnergy"),
 H("khalid-al-attiyah", "خالد بن محمد العطية", ["خالد العطية"], "Khalid bin Mohammad Al Attiyah", "وزير الخارجية القطري بين 2011 و2013 ووزير الدولة لشؤون الدفاع بين 2016 و2024",
   "Qatar's Foreign Minister 2011–2013; Minister of State for Defence Affairs 2016–2024", c("qa"),
   [R("وزير الخارجية القطري", "Foreign Minister of Qatar", "qa-mfa", "2011", "2013"), R("وزير الدولة لشؤون الدفاع القطري", "Qatar's Minister of State for Defence Affairs", "qa-mod", "2016", "2024")]),
 M("lolwah-al-khater", "لولوة الخاطر", ["لولوة راشد الخاطر"], "Lolwah Al-Khater", ("وزيرة الدولة للتعاون الدولي القطرية", "Qatar's Minister of State for International Cooperation"), "qa", "qa-mfa", "2023"),
 M("rashid-bin-abdullah-al-khalifa", "الشيخ راشد بن عبدالله آل خليفة", ["راشد بن عبدالله آل خليفة", "راشد بن عبد الله آل خليفة"], "Rashid bin Abdullah Al Khalifa",
   ("وزير الداخلية البحريني", "Interior Minister of Bahrain"), "bh", "bh-moi", "2004"),
 M("hamoud-bin-faisal", "السيد حمود بن فيصل البوسعيدي", ["حمود بن فيصل البوسعيدي"], "Hamoud bin Faisal Al Busaidi", ("وزير الداخلية العماني", "Interior Minister of Oman"), "om", "om-moi", "2011"),
 M("shihab-bin-tarik", "السيد شهاب بن طارق آل سعيد", ["شهاب بن طارق"], "Shihab bin Tarik Al Said", ("نائب رئيس الوزراء لشؤون الدفاع العماني", "Oman's Deputy Prime Minister for Defence Affairs"), "om", "om-mod", "2020"),
 H("theyazin-bin-haitham", "السيد ذي يزن بن هيثم آل سعيد", ["ذي يزن بن هيثم", "ذو يزن بن هيثم"], "Theyazin bin Haitham Al Said", "ولي عهد سلطنة عمان منذ يناير 2021",
   "Crown Prince of Oman since January 2021", c("om"), [R("ولي العهد العماني", "Crown Prince of Oman", c("om"), "2021-01")]),
 M("fahad-yousef-al-sabah", "الشيخ فهد اليوسف", ["فهد يوسف سعود الصباح", "الشيخ فهد يوسف سعود الصباح"], "Fahad Yousef Saud Al-Sabah",
   ("وزير الداخلية الكويتي", "Interior Minister of Kuwait"), "kw", "kw-moi", None,
   dar="النائب الأول لرئيس مجلس الوزراء الكويتي ووزير الداخلية ووزير الدفاع", den="Kuwait's First Deputy Prime Minister, Interior Minister and Defence Minister"),
 # --- Maghreb
 M("abdelouafi-laftit", "عبد الوافي لفتيت", ["عبدالوافي لفتيت"], "Abdelouafi Laftit", ("وزير الداخلية المغربي", "Interior Minister of Morocco"), "ma", "ma-moi", "2017-04"),
 M("nadia-fettah-alaoui", "نادية فتاح العلوي", ["نادية فتاح"], "Nadia Fettah Alaoui", ("وزيرة الاقتصاد والمالية المغربية", "Morocco's Minister of Economy and Finance"), "ma", "ma-mof", "2021-10"),
 M("abdellatif-ouahbi", "عبد اللطيف وهبي", ["عبداللطيف وهبي"], "Abdellatif Ouahbi", ("وزير العدل المغربي", "Justice Minister of Morocco"), "ma", "ma-moj", "2021-10"),
 M("amine-tahraoui", "أمين التهراوي", [], "Amine Tahraoui", ("وزير الصحة والحماية الاجتماعية المغربي", "Morocco's Minister of Health and Social Protection"), "ma", "ma-moh", "2024-10"),
 M("leila-benali", "ليلى بنعلي", [], "Leila Benali", ("وزيرة الانتقال الطاقي والتنمية المستدامة المغربية", "Morocco's Minister of Energy Transition and Sustainable Development"), "ma", None, "2021-10"),
 M("abdeltif-loudiyi", "عبد اللطيف لوديي", ["عبداللطيف لوديي"], "Abdeltif Loudiyi", ("الوزير المنتدب المكلف بإدارة الدفاع الوطني المغربي", "Morocco's Minister Delegate for National Defence Administration"),
   "ma", "ma-mod", "2010"),
 M("mustapha-baitas", "مصطفى بايتاس", [], "Mustapha Baitas", ("الناطق الرسمي باسم الحكومة المغربية", "Spokesman of the Moroccan government"), "ma", None, "2021-10", subtype=SPK),
 H("fouzi-lekjaa", "فوزي لقجع", [], "Fouzi Lekjaa", "الوزير المنتدب المكلف بالميزانية في المغرب منذ 2021 ورئيس الجامعة الملكية المغربية لكرة القدم منذ 2014",
   "Morocco's Minister Delegate for the Budget since 2021; President of the Royal Moroccan Football Federation since 2014", c("ma"),
   [R("الوزير المنتدب المكلف بالميزانية المغربي", "Morocco's Minister Delegate for the Budget", "ma-mof", "2021-10"),
    R("رئيس الجامعة الملكية المغربية لكرة القدم", "President of the Royal Moroccan Football Federation", None, "2014")]),
 M("abdellatif-hammouchi", "عبد اللطيف الحموشي", ["عبداللطيف الحموشي"], "Abdellatif Hammouchi", ("المدير العام للأمن الوطني المغربي", "Director General of Morocco's National Security"), "ma", None, "2015",
   dar="المدير العام للأمن الوطني ولمديرية مراقبة التراب الوطني في المغرب", den="Director General of Morocco's National Security (DGSN) and of the DGST", subtype="intelligence official"),
 M("said-chanegriha", "السعيد شنقريحة", ["الفريق أول السعيد شنقريحة", "سعيد شنقريحة"], "Saïd Chanegriha", ("رئيس أركان الجيش الجزائري", "Chief of Staff of the Algerian Army"), "dz", None, "2019-12", subtype=MIL),
 H("ahmed-gaid-salah", "أحمد قايد صالح", ["قايد صالح", "الفريق أحمد قايد صالح"], "Ahmed Gaïd Salah", "رئيس أركان الجيش الجزائري بين 2004 و2019 (توفي 2019)",
   "Chief of Staff of the Algerian Army 2004–2019 (died 2019)", c("dz"), [R("رئيس أركان الجيش الجزائري", "Chief of Staff of the Algerian Army", None, "2004", "2019-12")], MIL),
 # --- Sudan, Yemen, Libya
 M("gibril-ibrahim", "جبريل إبراهيم", ["جبريل إبراهيم محمد"], "Gibril Ibrahim", ("وزير المالية السوداني", "Finance Minister of Sudan"), "sd", "sd-mof", "2021-02",
   dar="وزير المالية السوداني منذ 2021 ورئيس حركة العدل والمساواة", den="Sudan's Finance Minister since 2021; leader of the Justice and Equality Movement"),
 M("malik-agar", "مالك عقار", [], "Malik Agar", ("نائب رئيس مجلس السيادة السوداني", "Deputy Chairman of Sudan's Sovereignty Council"), "sd", "sd-sovereignty-council", "2023-05"),
 H("shams-al-din-kabbashi", "شمس الدين كباشي", ["الفريق أول شمس الدين كباشي"], "Shams al-Din Kabbashi", "نائب القائد العام للجيش السوداني وعضو مجلس السيادة",
   "Deputy Commander-in-Chief of the Sudanese army, member of the Sovereignty Council", c("sd"), [], MIL),
 H("yasser-al-atta", "ياسر العطا", ["الفريق أول ياسر العطا"], "Yasser al-Atta", "مساعد القائد العام للجيش السوداني وعضو مجلس السيادة",
   "Assistant Commander-in-Chief of the Sudanese army, member of the Sovereignty Council", c("sd"), [], MIL),
 H("abdel-rahim-dagalo", "عبد الرحيم دقلو", ["عبدالرحيم دقلو"], "Abdel Rahim Dagalo", "نائب قائد قوات الدعم السريع السودانية وشقيق قائدها محمد حمدان دقلو (حميدتي)",
   "Deputy commander of Sudan's Rapid Support Forces, brother of its leader Mohamed Hamdan Dagalo (Hemedti)", c("sd"), [], ML),
 H("minni-minnawi", "مني أركو مناوي", ["مني مناوي"], "Minni Minnawi", "حاكم إقليم دارفور منذ 2021 ورئيس حركة تحرير السودان", "Governor of the Darfur region since 2021; leader of the Sudan Liberation Movement", c("sd"),
   [R("حاكم إقليم دارفور", "Governor of the Darfur Region", None, "2021")]),
 H("abdelaziz-al-hilu", "عبد العزيز الحلو", ["عبدالعزيز الحلو"], "Abdelaziz al-Hilu", "رئيس الحركة الشعبية لتحرير السودان - شمال", "Leader of the Sudan People's Liberation Movement–North", c("sd"), [], ML),
 H("abdel-wahid-al-nur", "عبد الواحد محمد نور", ["عبد الواحد نور"], "Abdel Wahid al-Nur", "مؤسس حركة تحرير السودان ورئيسها", "Founder and leader of the Sudan Liberation Movement (Abdel Wahid)", c("sd"), [], ML),
 H("mohammed-abdulsalam", "محمد عبد السلام", ["محمد عبدالسلام"], "Mohammed Abdulsalam", "المتحدث الرسمي باسم جماعة الحوثي ورئيس وفدها المفاوض", "Spokesman and chief negotiator of the Houthis", c("ye"),
   [R("المتحدث باسم جماعة الحوثي", "Spokesman of the Houthis", "houthis")], SPK),
 H("yahya-saree", "يحيى سريع", ["العميد يحيى سريع"], "Yahya Saree", "المتحدث العسكري باسم قوات جماعة الحوثي", "Military spokesman of the Houthi forces", c("ye"),
   [R("المتحدث العسكري باسم الحوثيين", "Military spokesman of the Houthis", "houthis")], SPK),
 H("ahmed-al-rahawi", "أحمد غالب الرهوي", ["أحمد الرهوي"], "Ahmed al-Rahawi", "رئيس حكومة جماعة الحوثي في صنعاء منذ أغسطس 2024", "Prime minister of the Houthi government in Sanaa since August 2024", c("ye"),
   [R("رئيس حكومة الحوثيين في صنعاء", "Prime Minister of the Houthi government in Sanaa", "houthis", "2024-08")]),
 H("mohammed-ali-al-houthi", "محمد علي الحوثي", [], "Mohammed Ali al-Houthi", "عضو المجلس السياسي الأعلى التابع لجماعة الحوثي ورئيس اللجنة الثورية العليا سابقا",
   "Member of the Houthis' Supreme Political Council, formerly head of their Supreme Revolutionary Committee", c("ye"), []),
 H("tawakkol-karman", "توكل كرمان", [], "Tawakkol Karman", "ناشطة وصحفية يمنية حائزة جائزة نوبل للسلام عام 2011", "Yemeni activist and journalist, Nobel Peace Prize 2011", c("ye"), [], "activist"),
 H("ali-mohsen-al-ahmar", "علي محسن الأحمر", ["علي محسن صالح الأحمر"], "Ali Mohsen al-Ahmar", "نائب رئيس اليمن بين 2016 و2022 وقائد عسكري بارز", "Vice President of Yemen 2016–2022, a senior army commander", c("ye"),
   [R("نائب رئيس اليمن", "Vice President of Yemen", c("ye"), "2016-04", "2022-04")], MIL),
 H("sultan-al-arada", "سلطان العرادة", ["سلطان علي العرادة"], "Sultan al-Arada", "عضو مجلس القيادة الرئاسي اليمني ومحافظ مأرب", "Member of Yemen's Presidential Leadership Council, governor of Marib", c("ye"), []),
 H("imad-trabelsi", "عماد الطرابلسي", [], "Imad Trabelsi", "وزير الداخلية المكلف في حكومة الوحدة الوطنية الليبية", "Acting Interior Minister of Libya's Government of National Unity", c("ly"),
   [R("وزير الداخلية الليبي", "Interior Minister of Libya", "ly-moi")]),
 H("saddam-haftar", "صدام حفتر", [], "Saddam Haftar", "قائد عسكري في شرق ليبيا، نجل المشير خليفة حفتر", "Military commander in eastern Libya, son of Field Marshal Khalifa Haftar", c("ly"), [], MIL),
 H("osama-hamad", "أسامة حماد", [], "Osama Hamad", "رئيس الحكومة الليبية المكلفة من مجلس النواب في شرق البلاد منذ 2023",
   "Head of the eastern-based Libyan government designated by the House of Representatives since 2023", c("ly"),
   [R("رئيس الحكومة المكلفة من مجلس النواب الليبي", "Head of the government designated by Libya's House of Representatives", c("ly"), "2023-05")]),
 H("fathi-bashagha", "فتحي باشاغا", ["فتحي باش آغا"], "Fathi Bashagha", "وزير الداخلية في حكومة الوفاق الوطني الليبية بين 2018 و2021، ورئيس الحكومة المكلفة من مجلس النواب بين 2022 و2023",
   "Interior Minister of Libya's Government of National Accord 2018–2021; head of the government designated by the House of Representatives 2022–2023", c("ly"),
   [R("وزير الداخلية الليبي", "Interior Minister of Libya", "ly-moi", "2018-10", "2021-03"),
    R("رئيس الحكومة المكلفة من مجلس النواب الليبي", "Head of the government designated by Libya's House of Representatives", c("ly"), "2022-03", "2023-05")]),
 H("khaled-al-mishri", "خالد المشري", [], "Khaled al-Mishri", "رئيس المجلس الأعلى للدولة في ليبيا بين 2018 و2023", "Head of Libya's High Council of State 2018–2023", c("ly"),
   [R("رئيس المجلس الأعلى للدولة الليبي", "President of Libya's High Council of State", None, "2018", "2023")]),
]

PEOPLE = HEADS + MINISTERS


def entities():
    return [dict(p) for p in PEOPLE]
