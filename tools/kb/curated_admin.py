"""First-level administrative divisions (written by the isnad team from general knowledge;
see SOURCES.md). One block per state: the division word (منطقة، محافظة، ولاية، جهة، إمارة،
بلدية), its English, and the names. A name `X` gives the canonical «<word> X»; names after `|`
on a line are extra plain aliases, names after `?` context-only (also ordinary words or other
places). Bare names are never aliases when a city of the same name exists (the city keeps
them): «منطقة الرياض» is the region, «الرياض» the city.

Libya's 22 districts are those of 2007; two Somali regions whose Arabic spelling the team was
not sure of are left out.
"""

# (ISO code, subtype, Arabic word, English word, slug -> names). Each entry:
# "slug: name-after-word | alias, alias ? context-only, context-only"; a name that starts with
# "=" is the whole canonical name (المنطقة الشرقية, not منطقة الشرقية).
STATES = [
 ("SA", "region", "منطقة", "Region", """
   riyadh: الرياض | منطقة الرياض الإدارية
   makkah: مكة المكرمة | منطقة مكة
   madinah: المدينة المنورة
   qassim: القصيم | القصيم
   eastern: =المنطقة الشرقية | المنطقة الشرقية بالسعودية ? الشرقية
   asir: عسير | عسير
   tabuk: تبوك
   hail: حائل
   northern-borders: الحدود الشمالية | الحدود الشمالية
   jazan: جازان | منطقة جيزان
   najran: نجران
   baha: الباحة
   jawf: الجوف ? الجوف
 """),
 ("EG", "governorate", "محافظة", "Governorate", """
   cairo: القاهرة
   giza: الجيزة
   alexandria: الإسكندرية
   qalyubia: القليوبية | القليوبية
   sharqia: الشرقية ? الشرقية
   dakahlia: الدقهلية | الدقهلية
   gharbia: الغربية ? الغربية
   monufia: المنوفية | المنوفية
   beheira: البحيرة ? البحيرة
   kafr-el-sheikh: كفر الشيخ
   damietta: دمياط
   port-said: بورسعيد | محافظة بور سعيد
   ismailia: الإسماعيلية
   suez: السويس
   north-sinai: شمال سيناء | شمال سيناء
   south-sinai: جنوب سيناء | جنوب سيناء
   faiyum: الفيوم
   beni-suef: بني سويف
   minya: المنيا
   asyut: أسيوط
   sohag: سوهاج
   qena: قنا
   luxor: الأقصر
   aswan: أسوان
   red-sea: البحر الأحمر
   new-valley: الوادي الجديد | الوادي الجديد
   matrouh: مطروح ? مطروح
 """),
 ("IQ", "governorate", "محافظة", "Governorate", """
   baghdad: بغداد
   basra: البصرة
   nineveh: نينوى | نينوى
   erbil: أربيل
   sulaymaniyah: السليمانية
   duhok: دهوك
   kirkuk: كركوك
   anbar: الأنبار | الأنبار
   salahuddin: صلاح الدين ? صلاح الدين
   diyala: ديالى | ديالى
   wasit: واسط | واسط
   babil: بابل | بابل
   karbala: كربلاء
   najaf: النجف
   qadisiyah: القادسية ? القادسية
   maysan: ميسان | ميسان
   dhi-qar: ذي قار | ذي قار
   muthanna: المثنى ? المثنى
   halabja: حلبجة
 """),
 ("SY", "governorate", "محافظة", "Governorate", """
   damascus: دمشق
   rif-dimashq: ريف دمشق | ريف دمشق
   aleppo: حلب
   homs: حمص
   hama: حماة
   latakia: اللاذقية
   tartus: طرطوس
   idlib: إدلب
   hasakah: الحسكة
   deir-ez-zor: دير الزور
   raqqa: الرقة
   daraa: درعا
   suwayda: السويداء
   quneitra: القنيطرة
 """),
 ("JO", "governorate", "محافظة", "Governorate", """
   amman: العاصمة عمان | محافظة عمان
   irbid: إربد
   zarqa: الزرقاء
   balqa: البلقاء | البلقاء
   mafraq: المفرق
   karak: الكرك
   tafilah: الطفيلة
   maan: معان
   aqaba: العقبة
   madaba: مادبا
   jerash: جرش
   ajloun: عجلون
 """),
 ("LB", "governorate", "محافظة", "Governorate", """
   beirut: بيروت
   mount-lebanon: جبل لبنان | جبل لبنان
   north: الشمال | محافظة لبنان الشمالي
   south: الجنوب | محافظة لبنان الجنوبي
   bekaa: البقاع
   nabatieh: النبطية
   akkar: عكار
   baalbek-hermel: بعلبك الهرمل | بعلبك الهرمل
   keserwan-jbeil: كسروان جبيل | كسروان جبيل
 """),
 ("PS", "governorate", "محافظة", "Governorate", """
   jenin: جنين
   tubas: طوباس
   tulkarm: طولكرم
   nablus: نابلس
   qalqilya: قلقيلية
   salfit: سلفيت
   ramallah-al-bireh: رام الله والبيرة | رام الله والبيرة
   jericho: أريحا والأغوار | محافظة أريحا
   jerusalem: القدس
   bethlehem: بيت لحم
   hebron: الخليل
   north-gaza: شمال غزة | شمال قطاع غزة
   gaza: غزة
   deir-al-balah: دير البلح
   khan-yunis: خان يونس
   rafah: رفح
 """),
 ("KW", "governorate", "محافظة", "Governorate", """
   hawalli: حولي
   farwaniya: الفروانية
   ahmadi: الأحمدي
   jahra: الجهراء
   mubarak-al-kabeer: مبارك الكبير
 """),
 ("BH", "governorate", "محافظة", "Governorate", """
   muharraq: المحرق
 """),
 ("QA", "municipality", "بلدية", "Municipality", """
   doha: الدوحة
   al-rayyan: الريان
   al-wakrah: الوكرة
   al-khor: الخور
   al-shamal: الشمال
   umm-salal: أم صلال
   al-daayen: الظعاين
   al-shahaniya: الشيحانية
 """),
 ("AE", "emirate", "إمارة", "Emirate", """
   abu-dhabi: أبوظبي | إمارة أبو ظبي
   dubai: دبي
   sharjah: الشارقة
   ajman: عجمان
   umm-al-quwain: أم القيوين
   ras-al-khaimah: رأس الخيمة
   fujairah: الفجيرة
 """),
 ("OM", "governorate", "محافظة", "Governorate", """
   muscat: مسقط
   dhofar: ظفار | ظفار
   musandam: مسندم | مسندم
   buraimi: البريمي
   dakhiliyah: الداخلية
   north-batinah: شمال الباطنة | شمال الباطنة
   south-batinah: جنوب الباطنة | جنوب الباطنة
   south-sharqiyah: جنوب الشرقية | جنوب الشرقية
   north-sharqiyah: شمال الشرقية | شمال الشرقية
   dhahirah: الظاهرة
   wusta: الوسطى
 """),
 ("YE", "governorate", "محافظة", "Governorate", """
   aden: عدن
   abyan: أبين | أبين
   lahij: لحج
   dhale: الضالع | الضالع
   shabwah: شبوة | شبوة
   hadramaut: حضرموت | حضرموت
   mahrah: المهرة ? المهرة
   socotra: سقطرى | أرخبيل سقطرى
   taiz: تعز
   ibb: إب
   hodeidah: الحديدة
   hajjah: حجة
   saada: صعدة
   amran: عمران
   sanaa: صنعاء
   dhamar: ذمار
   bayda: البيضاء
   marib: مأرب
   jawf: الجوف
   raymah: ريمة
   mahwit: المحويت
   amanat-al-asimah: أمانة العاصمة | أمانة العاصمة صنعاء
 """),
 ("TN", "governorate", "ولاية", "Governorate", """
   tunis: تونس
   ariana: أريانة
   ben-arous: بن عروس
   manouba: منوبة
   nabeul: نابل
   zaghouan: زغوان
   bizerte: بنزرت
   beja: باجة
   jendouba: جندوبة
   kef: الكاف
   siliana: سليانة
   sousse: سوسة
   monastir: المنستير
   mahdia: المهدية
   sfax: صفاقس
   kairouan: القيروان
   kasserine: القصرين
   sidi-bouzid: سيدي بوزيد
   gabes: قابس
   medenine: مدنين
   tataouine: تطاوين
   gafsa: قفصة
   tozeur: توزر
   kebili: قبلي
 """),
 ("DZ", "province", "ولاية", "Province", """
   adrar: أدرار
   chlef: الشلف
   laghouat: الأغواط
   oum-el-bouaghi: أم البواقي
   batna: باتنة
   bejaia: بجاية
   biskra: بسكرة
   bechar: بشار
   blida: البليدة
   bouira: البويرة
   tamanrasset: تمنراست
   tebessa: تبسة
   tlemcen: تلمسان
   tiaret: تيارت
   tizi-ouzou: تيزي وزو
   algiers: الجزائر | ولاية الجزائر العاصمة
   djelfa: الجلفة
   jijel: جيجل
   setif: سطيف
   saida: سعيدة
   skikda: سكيكدة
   sidi-bel-abbes: سيدي بلعباس
   annaba: عنابة
   guelma: قالمة
   constantine: قسنطينة
   medea: المدية
   mostaganem: مستغانم
   msila: المسيلة
   mascara: معسكر
   ouargla: ورقلة
   oran: وهران
   el-bayadh: البيض
   illizi: إليزي
   bordj-bou-arreridj: برج بوعريريج
   boumerdes: بومرداس
   el-tarf: الطارف
   tindouf: تندوف
   tissemsilt: تيسمسيلت
   el-oued: الوادي
   khenchela: خنشلة
   souk-ahras: سوق أهراس
   tipaza: تيبازة
   mila: ميلة
   ain-defla: عين الدفلى
   naama: النعامة
   ain-temouchent: عين تموشنت
   ghardaia: غرداية
   relizane: غليزان
   timimoun: تيميمون
   bordj-badji-mokhtar: برج باجي مختار
   ouled-djellal: أولاد جلال
   beni-abbes: بني عباس
   in-salah: عين صالح
   in-guezzam: عين قزام
   touggourt: تقرت
   djanet: جانت
   el-mghair: المغير
   el-meniaa: المنيعة
 """),
 ("MA", "region", "جهة", "Region", """
   tanger-tetouan-al-hoceima: طنجة تطوان الحسيمة | طنجة تطوان الحسيمة
   oriental: الشرق | جهة الشرق المغربية
   fes-meknes: فاس مكناس | فاس مكناس
   rabat-sale-kenitra: الرباط سلا القنيطرة | الرباط سلا القنيطرة
   beni-mellal-khenifra: بني ملال خنيفرة | بني ملال خنيفرة
   casablanca-settat: الدار البيضاء سطات | الدار البيضاء سطات
   marrakesh-safi: مراكش آسفي | مراكش آسفي
   draa-tafilalet: درعة تافيلالت | درعة تافيلالت
   souss-massa: سوس ماسة | سوس ماسة
   guelmim-oued-noun: كلميم واد نون | كلميم واد نون
   laayoune-sakia-el-hamra: العيون الساقية الحمراء | العيون الساقية الحمراء
   dakhla-oued-ed-dahab: الداخلة وادي الذهب | الداخلة وادي الذهب
 """),
 ("SD", "state", "ولاية", "State", """
   khartoum: الخرطوم
   gezira: الجزيرة
   white-nile: النيل الأبيض
   blue-nile: النيل الأزرق
   sennar: سنار
   gedaref: القضارف
   kassala: كسلا
   red-sea: البحر الأحمر
   river-nile: نهر النيل
   northern: =الولاية الشمالية
   north-kordofan: شمال كردفان | شمال كردفان
   south-kordofan: جنوب كردفان | جنوب كردفان
   west-kordofan: غرب كردفان | غرب كردفان
   north-darfur: شمال دارفور | شمال دارفور
   south-darfur: جنوب دارفور | جنوب دارفور
   west-darfur: غرب دارفور | غرب دارفور
   central-darfur: وسط دارفور | وسط دارفور
   east-darfur: شرق دارفور | شرق دارفور
 """),
 ("MR", "region", "ولاية", "Region", """
   hodh-ech-chargui: الحوض الشرقي | الحوض الشرقي
   hodh-el-gharbi: الحوض الغربي | الحوض الغربي
   assaba: العصابة
   gorgol: كوركول
   brakna: البراكنة | البراكنة
   trarza: الترارزة | الترارزة
   adrar: آدرار
   dakhlet-nouadhibou: داخلة نواذيبو | داخلة نواذيبو
   tagant: تكانت
   guidimaka: كيدي ماغا
   tiris-zemmour: تيرس زمور | تيرس زمور
   inchiri: إينشيري
   nouakchott-north: نواكشوط الشمالية
   nouakchott-west: نواكشوط الغربية
   nouakchott-south: نواكشوط الجنوبية
 """),
 ("IR", "province", "محافظة", "Province", """
   tehran: طهران
   isfahan: أصفهان
   fars: فارس
   razavi-khorasan: خراسان رضوي | خراسان رضوي
   north-khorasan: خراسان الشمالية | خراسان الشمالية
   south-khorasan: خراسان الجنوبية | خراسان الجنوبية
   khuzestan: خوزستان | خوزستان
   east-azerbaijan: أذربيجان الشرقية | أذربيجان الشرقية
   west-azerbaijan: أذربيجان الغربية | أذربيجان الغربية
   ardabil: أردبيل
   kurdistan: كردستان | كردستان إيران
   kermanshah: كرمانشاه
   lorestan: لرستان | لرستان
   ilam: إيلام
   hamadan: همدان
   markazi: =المحافظة المركزية | محافظة مركزي
   qom: قم
   qazvin: قزوين
   zanjan: زنجان
   semnan: سمنان
   mazandaran: مازندران | مازندران
   gilan: جيلان | جيلان
   golestan: جلستان | غلستان
   kerman: كرمان
   yazd: يزد
   hormozgan: هرمزجان | هرمزكان
   bushehr: بوشهر
   sistan-baluchestan: سيستان وبلوشستان | سيستان وبلوشستان, سيستان وبلوتشستان
   kohgiluyeh-boyer-ahmad: كهكيلويه وبوير أحمد
   chaharmahal-bakhtiari: جهارمحال وبختياري | تشهارمحال وبختياري
   alborz: البرز
 """),
 ("TR", "province", "ولاية", "Province", """
   istanbul: إسطنبول | ولاية اسطنبول
   ankara: أنقرة
   izmir: إزمير
   bursa: بورصة
   antalya: أنطاليا
   adana: أضنة
   gaziantep: غازي عنتاب
   sanliurfa: شانلي أورفا | ولاية أورفا
   diyarbakir: ديار بكر
   hatay: هاتاي
   kahramanmaras: كهرمان مرعش
   malatya: ملاطية
   adiyaman: أديامان
   mardin: ماردين
   sirnak: شرناق
   hakkari: هكاري
   van: وان
   batman: باطمان
   siirt: سعرد
   bitlis: بتليس
   mus: موش
   erzurum: أرضروم
   trabzon: طرابزون
   konya: قونية
   kayseri: قيصري
   mersin: مرسين
   kilis: كلس
   osmaniye: عثمانية
   edirne: أدرنة
   kocaeli: كوجالي
   samsun: سامسون
   eskisehir: إسكي شهير
   afyonkarahisar: أفيون قره حصار
   agri: آغري | ولاية أغري
   amasya: أماسيا
   artvin: أرتفين
   aydin: أيدين
   balikesir: باليكسير
   bilecik: بيلجيك
   bingol: بينغول
   bolu: بولو
   burdur: بوردور
   canakkale: جناق قلعة | ولاية تشاناكالي
   cankiri: جانقري
   corum: جوروم | ولاية تشوروم
   denizli: دنيزلي
   elazig: إلازيغ
   erzincan: أرزنجان
   giresun: غيرسون
   gumushane: غوموشهانة
   isparta: إسبرطة
   kars: قارص
   kastamonu: قسطموني
   kirklareli: قرقلر إيلي
   kirsehir: قير شهير
   kutahya: كوتاهية
   manisa: مانيسا
   mugla: موغلا
   nevsehir: نوشهر | ولاية نيفشهير
   nigde: نيغدة
   ordu: أوردو
   rize: ريزة
   sakarya: سقاريا
   sinop: سينوب
   sivas: سيواس
   tekirdag: تكيرداغ
   tokat: توقات
   tunceli: تونجلي
   usak: أوشاك
   yozgat: يوزغات
   zonguldak: زونغولداك
   aksaray: أقسراي
   bayburt: بايبورت
   karaman: قرمان
   kirikkale: قريق قلعة
   bartin: بارتين
   ardahan: أردهان
   igdir: إغدير
   yalova: يالوفا
   karabuk: كارابوك
   duzce: دوزجة
 """),
 # Libya: the 22 districts (شعبيات) of 2007.
 ("LY", "district", "شعبية", "District", """
   butnan: البطنان | البطنان
   derna: درنة
   jabal-al-akhdar: الجبل الأخضر
   marj: المرج
   benghazi: بنغازي
   al-wahat: الواحات ? الواحات
   kufra: الكفرة | الكفرة
   sirte: سرت
   jufra: الجفرة | الجفرة
   misrata: مصراتة
   murqub: المرقب
   tripoli: طرابلس
   jafara: الجفارة | الجفارة
   zawiya: الزاوية
   nuqat-al-khams: النقاط الخمس
   jabal-al-gharbi: الجبل الغربي
   nalut: نالوت
   ghat: غات
   wadi-al-hayaa: وادي الحياة
   wadi-al-shatii: وادي الشاطئ
   sabha: سبها
   murzuq: مرزق
 """),
 # Somalia: the pre-1991 regions still used by the federal government (Woqooyi Galbeed and
 # Togdheer left out: the team is not sure of their usual Arabic spelling).
 ("SO", "region", "إقليم", "Region", """
   banadir: بنادر | محافظة بنادر, بنادر
   lower-shabelle: شبيلي السفلى | محافظة شبيلي السفلى, شبيلي السفلى
   middle-shabelle: شبيلي الوسطى | محافظة شبيلي الوسطى, شبيلي الوسطى
   lower-juba: جوبا السفلى | محافظة جوبا السفلى, جوبا السفلى
   middle-juba: جوبا الوسطى | محافظة جوبا الوسطى, جوبا الوسطى
   gedo: جدو | محافظة جدو ? جدو
   bay: باي | محافظة باي
   bakool: بكول | محافظة بكول, باكول
   hiiraan: هيران | محافظة هيران, هيران
   galguduud: جلجدود | محافظة جلجدود, جلجدود
   mudug: مدق | محافظة مدق ? مدق
   nugaal: نوغال | محافظة نوغال, نوجال
   bari: باري | محافظة باري
   sool: سول | محافظة سول
   sanaag: سناج | محافظة سناج
   awdal: أودل | محافظة أودل, أودل
 """),
 # Israel: the six districts (מחוזות), named in Arabic «لواء X».
 ("IL", "district", "لواء", "District", """
   northern: الشمال
   haifa: حيفا
   central: المركز
   tel-aviv: تل أبيب
   jerusalem: القدس
   southern: الجنوب
 """),
]

# Regions, autonomous or self-declared entities that are not in the blocks above.
# (id, ar, aliases, context-only, en, subtype, desc_ar, desc_en, country)
EXTRA = [
 ("sa-al-ahsa", "محافظة الأحساء", ["الأحساء", "الاحساء", "واحة الأحساء"], [], "Al-Ahsa Governorate",
  "governorate", "محافظة في المنطقة الشرقية بالسعودية", "Governorate in Saudi Arabia's Eastern Province", "country-sa"),
 ("ly-cyrenaica", "برقة", ["إقليم برقة"], [], "Cyrenaica", "historical region",
  "الإقليم الشرقي من ليبيا", "Eastern region of Libya", "country-ly"),
 ("ly-fezzan", "فزان", ["إقليم فزان"], [], "Fezzan", "historical region",
  "الإقليم الجنوبي الغربي من ليبيا", "South-western region of Libya", "country-ly"),
 ("ly-tripolitania", "إقليم طرابلس", [], [], "Tripolitania", "historical region",
  "الإقليم الغربي من ليبيا", "Western region of Libya", "country-ly"),
 ("so-puntland", "بونتلاند", ["ولاية بونتلاند", "إقليم بونتلاند"], [], "Puntland", "federal member state",
  "ولاية ذات حكم ذاتي في شمال شرق الصومال", "Autonomous federal member state in north-eastern Somalia", "country-so"),
 ("so-jubaland", "جوبالاند", ["ولاية جوبالاند", "إقليم جوبالاند"], [], "Jubaland", "federal member state",
  "ولاية اتحادية في جنوب الصومال", "Federal member state in southern Somalia", "country-so"),
 ("so-somaliland", "أرض الصومال", ["صوماليلاند", "جمهورية أرض الصومال", "إقليم أرض الصومال"], [], "Somaliland",
  "self-declared state", "إقليم في شمال الصومال أعلن انفصاله عام 1991 ولا يحظى باعتراف دولي واسع",
  "Region of northern Somalia that declared independence in 1991; not widely recognised", "country-so"),
 ("sd-kordofan", "كردفان", ["إقليم كردفان"], [], "Kordofan", "historical region",
  "إقليم في وسط السودان", "Region of central Sudan", "country-sd"),
 # Governorates whose bare name (محافظة العاصمة، المحافظة الشمالية) fits several states: the
 # canonical names the state, the bare name is a generic name (GENERIC below).
 ("kw-governorate-capital", "محافظة العاصمة في الكويت", ["محافظة العاصمة الكويتية"], [], "Capital Governorate (Kuwait)",
  "governorate", "محافظة في الكويت (تقسيم إداري من المستوى الأول)، تضم مدينة الكويت", "Governorate of Kuwait (first-level division) containing Kuwait City", "country-kw"),
 ("bh-governorate-capital", "محافظة العاصمة في البحرين", ["محافظة العاصمة البحرينية"], [], "Capital Governorate (Bahrain)",
  "governorate", "محافظة في البحرين (تقسيم إداري من المستوى الأول)، تضم المنامة", "Governorate of Bahrain (first-level division) containing Manama", "country-bh"),
 ("bh-governorate-northern", "المحافظة الشمالية في البحرين", ["المحافظة الشمالية البحرينية"], [], "Northern Governorate (Bahrain)",
  "governorate", "محافظة في البحرين (تقسيم إداري من المستوى الأول)", "Governorate of Bahrain (first-level division)", "country-bh"),
 ("bh-governorate-southern", "المحافظة الجنوبية في البحرين", ["المحافظة الجنوبية البحرينية"], [], "Southern Governorate (Bahrain)",
  "governorate", "محافظة في البحرين (تقسيم إداري من المستوى الأول)", "Governorate of Bahrain (first-level division)", "country-bh"),
 ("dj-region-ali-sabieh", "منطقة علي صبيح", ["إقليم علي صبيح"], [], "Ali Sabieh Region", "region",
  "منطقة إدارية في جيبوتي (المستوى الأول)", "Region of Djibouti (first-level division)", "country-dj"),
 ("dj-region-arta", "منطقة عرتا", ["إقليم عرتا"], [], "Arta Region", "region",
  "منطقة إدارية في جيبوتي (المستوى الأول)", "Region of Djibouti (first-level division)", "country-dj"),
 ("dj-region-dikhil", "منطقة دخيل", ["إقليم دخيل"], [], "Dikhil Region", "region",
  "منطقة إدارية في جيبوتي (المستوى الأول)", "Region of Djibouti (first-level division)", "country-dj"),
 ("dj-region-obock", "منطقة أوبوك", ["إقليم أوبوك"], [], "Obock Region", "region",
  "منطقة إدارية في جيبوتي (المستوى الأول)", "Region of Djibouti (first-level division)", "country-dj"),
 ("dj-region-tadjourah", "منطقة تاجورة", ["إقليم تاجورة"], [], "Tadjourah Region", "region",
  "منطقة إدارية في جيبوتي (المستوى الأول)", "Region of Djibouti (first-level division)", "country-dj"),
 ("km-island-grande-comore", "جزيرة القمر الكبرى", ["القمر الكبرى", "نجازيجا"], [], "Grande Comore (Ngazidja)", "autonomous island",
  "الجزيرة الكبرى في جزر القمر وفيها العاصمة موروني", "The largest island of the Comoros, with the capital Moroni", "country-km"),
 ("km-island-anjouan", "جزيرة أنجوان", ["أنجوان", "نزواني"], [], "Anjouan (Nzwani)", "autonomous island",
  "جزيرة ذات حكم ذاتي في جزر القمر", "Autonomous island of the Comoros", "country-km"),
 ("km-island-moheli", "جزيرة موهيلي", ["موهيلي"], [], "Mohéli (Mwali)", "autonomous island",
  "جزيرة ذات حكم ذاتي في جزر القمر", "Autonomous island of the Comoros", "country-km"),
]

GENERIC = {"kw-governorate-capital": ["محافظة العاصمة"], "bh-governorate-capital": ["محافظة العاصمة"],
           "bh-governorate-northern": ["المحافظة الشمالية"], "bh-governorate-southern": ["المحافظة الجنوبية"]}


def _entries(spec):
    for line in spec.strip().splitlines():
        slug, _, rest = line.strip().partition(":")
        amb = []
        if "?" in rest:
            rest, _, a = rest.partition("?")
            amb = [x.strip() for x in a.split(",") if x.strip()]
        name, _, al = rest.partition("|")
        if "?" in al or "|" in name:
            raise SystemExit(f"curated_admin: {line!r}: write «name | aliases ? context-only»")
        aliases = [x.strip() for x in al.split(",") if x.strip()]
        yield slug.strip(), name.strip(), aliases, amb


def entities(cnames):
    """cnames: country id -> Arabic name."""
    out = []
    for code, subtype, word, word_en, spec in STATES:
        cid = "country-" + code.lower()
        cname = cnames[cid]
        for slug, name, aliases, amb in _entries(spec):
            # a context-only name listed before `|` again is the bare name: not an alias
            aliases = [a for a in aliases if a not in amb]
            out.append({"id": f"{code.lower()}-{subtype.replace(' ', '-')}-{slug}", "type": "location",
                        "subtype": subtype, "ar": name[1:] if name.startswith("=") else f"{word} {name}", "aliases": aliases,
                        "ambiguous_aliases": amb, "en": f"{_title(slug)} {word_en}",
                        "description_ar": f"{word} في {cname} (تقسيم إداري من المستوى الأول)", "description_en": f"{word_en} of {_en(code)} (first-level division)",
                        "country": cid, "source": "curated"})
    for (id_, ar, aliases, amb, en, subtype, dar, den, cid) in EXTRA:
        out.append({"id": id_, "type": "location", "subtype": subtype, "ar": ar, "aliases": aliases,
                    "ambiguous_aliases": amb, "en": en, "description_ar": dar, "description_en": den,
                    "generic_names": GENERIC.get(id_, []), "country": cid, "source": "curated"})
    return out


def _title(slug):
    return " ".join(w.capitalize() for w in slug.split("-"))


def _en(code):
    import countries_extra as CX
    return CX.EXTRA[code][0]
