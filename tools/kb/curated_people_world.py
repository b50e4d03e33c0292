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

PEOPLE = HEADS


def entities():
    return [dict(p) for p in PEOPLE]
