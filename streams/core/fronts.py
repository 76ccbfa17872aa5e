"""Places and fronts. A front is a named theatre: a gazetteer entry (streams/data/fronts.json) when
one of its places is mentioned, otherwise a front made from the place the text names. Countries and
wide regions are never the front of an incident; they are where background figures go."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from streams.core import lexicon
from streams.core.text import Folded

_SUB = r"(?:neighbou?rhoods?|quarters?|streets?|squares?|markets?|camps?|refugee\s+camp|areas?|stations?|suburbs?|outskirts|roundabouts?|villages?|ports?|harbou?rs?)"
_ADMIN = r"(?:province|provinces|state|region|governorate|oblast|county|Local\s+Government\s+Area|LGA|Local\s+Govt\s+Area|prefecture|department)"
_TOWNISH = r"(?:city|town|district|village|municipality|capital)"
# The letter runs are possessive ('++'): what follows a run is '-' or whitespace, never a letter it
# could give back, so backtracking into it never finds a match, and skipping that backtracking (a
# name not followed by a place word, in _CAND_KIND) leaves the matches as they were.
# Latin-1 letters too: 'Canapé-Vert', 'Pétionville', 'Ségou', 'Tillabéri'
_UP = "A-ZÀ-ÖØ-Þ"
_LO = "a-zß-öø-ÿ"
_NAME_WORD = rf"(?:(?:al|el|as|ad|ash|ar|an|at|az)-)?[{_UP}][{_LO}{_UP}'’]++(?:-[{_UP}{_LO}][{_LO}'’]++)*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:al-|el-)?[{_UP}][{_LO}{_UP}'’]++(?:-[{_UP}{_LO}][{_LO}'’]++)*){{0,2}}"
_LOC_PREP = r"(?:in|at|near|outside|inside|into|on|around|across|within|towards?|to|from|of|out\s+of|off|between|and)"
# (a sentence may open on its place: 'In Tehran, an Israeli strike ...')
# (?=[abfinotwAINO]): the first letters of the prepositions, implied by the pattern, a cheap early rejection (before
# the \b, whose Unicode word-character lookups cost more). '[a-z-]++': possessive as in _NAME (whitespace
# follows it).
_ADMIN_CAPS = r"(?:Region|Province|Governorate|Oblast|County|District|Township)"
_CAND = re.compile(
    rf"(?=[abfinotwAINO])\b(?P<prep>{_LOC_PREP}|In|At|Near|Outside|Inside|Across|Around|On)\s+(?:the\s+)?(?:(?:[a-z-]++\s+){{0,3}}?(?:{_TOWNISH}|{_SUB}|province|region|state)\s+of\s+(?:the\s+)?"
    # 'in the Somali capital, Mogadishu', 'in the port city, Bosaso'
    rf"|(?:[A-Z][a-z]+\s+)?(?:port\s+)?(?:capital|city|town),\s+"
    # without the comma only where the place is the scene ('in the Afghan capital Kabul'), not a bearing
    # ('north of the capital Damascus', 'near the capital Damascus' name the capital as a landmark)
    rf"|(?:(?<=\bin the )|(?<=\bIn the )|(?<=\bat the )|(?<=\binside the )|(?<=\binto the )"
    # ('neighbourhoods of the Haitian capital Port-au-Prince', but not 'north of the capital Damascus')
    rf"|(?<=\bof the )(?<!north of the )(?<!south of the )(?<!east of the )(?<!west of the )(?<!km of the )(?<!miles of the ))"
    rf"(?:[A-Z][a-z]+\s+)?(?:port\s+)?(?:capital|city|town)\s+(?=[{_UP}]))?"
    # a possessive holder ("Ukraine's", FA-KES "Syrias"), but not the 'Ras' (cape, head) of Arabic names
    # nor a word before an 'al-' name: 'Ras al-Ain', 'Ras Baalbek' are one place
    rf"(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+|central\s+)?(?:(?!Ras\s)[A-Z][a-z]+(?:'s|s)\s+(?!(?:al|el)-))?"
    rf"(?P<name>{_NAME})(?P<kind>\s+(?:{_ADMIN}|{_TOWNISH}|{_SUB}))?")
# 'Hasaka province', 'Kwashabe village' without a preposition: only looked for when such a word occurs
# ((?=[aeA-Z]): a name starts with a capital or an 'al-'/'el-'-like prefix)
# ('Sagaing Region', 'Kanbalu Township' in capitals too; not 'State', or 'Islamic State' would be a place)
# ('the Ras Isa fuel port', 'the Kramatorsk railway station': one plain word may stand before a site's word)
_CAND_KIND = re.compile(rf"(?=[ae{_UP}])(?P<name2>{_NAME})\s+(?:[a-z]+\s+(?={_SUB}\b))?(?P<kind2>{_ADMIN}|{_TOWNISH}|{_SUB}|{_ADMIN_CAPS})\b")
# A place word's first letters after a space: text without one holds no _CAND_KIND match. A prefix
# tree (lexicon.alternation) tries one branch per space where the words' flat alternation tried each.
# Every alternative of _ADMIN, _TOWNISH and _SUB starts with one of these (keep in step).
_KIND_WORD = re.compile(r"\s" + lexicon.alternation([
    "province", "state", "region", "governorate", "oblast", "county", "Local", "LGA", "prefecture", "department",
    "city", "town", "district", "village", "municipality", "capital", "neighbo", "quarter", "street", "square",
    "market", "camp", "refugee", "area", "station", "suburb", "outskirts", "roundabout", "port", "harbo",
    "Region", "Province", "Governorate", "Oblast", "County", "District", "Township"]))
# 'an area known as Barja', 'a village called Aitou': the place named by what it is called
_CAND_KNOWN = re.compile(rf"\b(?:{_TOWNISH}|{_SUB}),?\s+(?:known\s+(?:locally\s+)?as|called|named)\s+(?P<name3>{_NAME})")
_DATELINE = re.compile(r"^(?P<name>[A-Z][A-Z'-]{2,}(?:\s+[A-Z][A-Z'-]{2,})?)(?:,\s*[A-Z][a-z]+)?\s*(?:\([^)]*\))?\s*(?:[-:\u2014]|,)")
_WHERE = re.compile(r"^\s*(?:[\w-]+\s*){0,3}?,?\s*where\b")
_ADMIN_TAIL = re.compile(r"\s+(?:Local\s+Government(?:\s+Area)?|Local\s+Govt(?:\s+Area)?|LGA|State|Province|Region|Governorate|Oblast|County)$")


@dataclass(frozen=True)
class Mention:
    name: str  # the place as written, cleaned
    front: str  # front id
    front_name: str
    level: str  # 'town', 'sub' (inside a town), 'admin' (province/state), 'gazetteer'; 'site' (a building's name)
    # and 'area' ('the Nabatieh area') until theatre.py places them
    locative: bool  # the text puts something there ('in X'), not just a starting point ('from X')
    start: int


_PLACE_COUNTRY: dict[str, str] = {}


@lru_cache(maxsize=None)
def _admin() -> frozenset[str]:
    return frozenset(a.lower() for a in lexicon.countries().get("admin_regions", []))


def place_country(name: str) -> str | None:
    """The country a known province, state or city lies in (countries.json 'places')."""
    _gazetteer()
    return _PLACE_COUNTRY.get(name.lower()) or _PLACE_COUNTRY.get(_key(name))


@lru_cache(maxsize=None)
def _gazetteer():
    data = lexicon.fronts()
    place_to_front: dict[str, tuple[str, str]] = {}
    for f in data["fronts"]:
        fid = lexicon.slug(f["name"])
        for p in [f["name"], *f["places"]]:
            place_to_front[_key(p)] = (fid, f["name"])
    # case-insensitive ('Deir Ez-Zor'), but a mention must start with a capital: see mentions()
    places = [p for f in data["fronts"] for p in [f["name"], *f["places"]]]
    # (the lookahead also admits the 'al-'/'el-' prefix)
    rx = Folded(_first_letters([*places, "al-", "el-"], ignore_case=True) + r"(?<![\w-])(?:(?:al|el)-)?(" + lexicon.alternation(places, ignore_case=True) + r")(?![\w-])")
    not_places = {w.lower() for w in data.get("not_places", [])}
    c = lexicon.countries()
    country_of: dict[str, str] = {}
    place_country: dict[str, str] = {}
    for entry in c["countries"]:
        for a in [entry["name"], *entry["aliases"]]:
            country_of[a.lower()] = entry["name"]
    country_names = list({a for e in c["countries"] for a in [e["name"], *e["aliases"]]})
    country_rx = re.compile("(" + lexicon.alternation(country_names, word_start=True) + r")(?![\w-])")
    for entry in c["countries"]:
        for place in entry.get("places", []):
            place_country[place.lower()] = entry["name"]
    regions = {r.lower() for r in c["regions"]}
    src = lexicon.sources()
    org_words = {a.lower() for s in src["sources"] for a in s["aliases"]}
    party_words = {w.lower() for e in lexicon.parties()["modifiers"] for w in e["words"]}
    # 'the persecution of Muslims', 'attacks on Christians': a community the party lexicon names is
    # people, not a place, though it follows a preposition with a capital
    party_words |= {w.lower() for e in lexicon.parties()["heads"] for w in e["phrases"] if w[:1].isupper()}
    _PLACE_COUNTRY.update(place_country)
    return place_to_front, rx, not_places, country_of, country_rx, regions, org_words | party_words


@lru_cache(maxsize=None)
def _region_heads() -> re.Pattern:
    """Any region's first word (its text up to a space, which the pattern lets be any whitespace):
    text holding none of them holds no region. Plain literals: the engine scans for their first
    letters."""
    return re.compile("|".join(sorted({re.escape(r.split(" ")[0]) for r in lexicon.countries()["regions"]})))


@lru_cache(maxsize=None)
def _region_rx() -> re.Pattern:
    regions = lexicon.countries()["regions"]
    return re.compile("(?:" + lexicon.alternation(regions, word_start=True) + r")(?![\w-])")


def _first_letters(phrases: list[str], ignore_case: bool = False) -> str:
    """A lookahead on the phrases' possible first characters. It is implied by the alternation that
    follows it, so matches are unchanged; it lets the engine leave most positions after one test.
    It goes before the word-boundary lookbehind: both test the same position, and the class test is
    far cheaper than the lookbehind's Unicode word-character lookup."""
    first = {p[0].lower() if ignore_case else p[0] for p in phrases if p}
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(first)) + "])"


# Compiled once: these run for every place candidate, and re.sub/re.search on a pattern string pay
# for a cache lookup on every call.
_AL_PREFIX = re.compile(r"^(?:al|el)-")
_SPACES = re.compile(r"\s+")
_AFFIX_ADJ = re.compile(r"-(?:majority|controlled|held|based|backed|run|led|dominated|populated|allied|linked|affiliated)$", re.I)
_ORG_LAST = re.compile(r"\s(?:Ministry|Minister|Command|Forces|Army)$")
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"})
# 'Shia Popular Mobilization Forces', 'Northern Command': a name that an organisation's word follows
_ORG_AFTER = re.compile(r"\s+(?:Forces|Force|Police\s+Force|Police\s+Service|Army|Brigades?|Units|Movement|Command|Front|Party|Militia|Corps)\b")
# a building named for its owner or its own name ('the Nasa-Hablod hotel', 'the Al-Shifa hospital'): the
# building, not a place; its town is the theatre
_BUILDING_AFTER = re.compile(r"\s+(?:hotel|church|cathedral|mosque|school|hospital|clinic|stadium|restaurant|cafe|mall|prison|jail|university|college|cinema|theatre|theater|supermarket)s?\b")
_ORG_WORD = re.compile(r"\b(?:Government|Ministry|Observatory|Council|Forces?|Army|Movement|Alliance|Coalition|Battalion|Corps|Agency|News|Press|Service|Committee|Party|Front|Brigade|Union|Organization|Organisation|Group|University|Hospital|Mosque|Hotel|Church|Cathedral|School|Stadium|Restaurant|Prison|Foundation|Company|Network|Association|Institute|Commission|Society|Federation|Watch|Prisoners)\b")
_ADMIN_KIND = re.compile(_ADMIN, re.I)
_SUB_KIND = re.compile(_SUB, re.I)
_SUB_OF = re.compile(rf"\b{_SUB}\s+of\b")
_ADMIN_OF = re.compile(r"\b(?:province|region|state|governorate|oblast|prefecture)\s+of\b")


def _key(name: str) -> str:
    return _SPACES.sub(" ", _AL_PREFIX.sub("", name.strip().lower().replace("’", "'")))


def country_mentions(text: str) -> list[str]:
    _, _, _, country_of, country_rx, _, _ = _gazetteer()
    if _region_heads().search(text):
        text = _region_rx().sub(" ", text)
    return [country_of[m.group(1).lower()] for m in country_rx.finditer(text) if m.group(1).lower() in country_of]


# an institution's word that opens the name of its compound or site ('Police Lines', 'Army Stadium')
_INSTITUTION_FIRST = frozenset({"police", "army", "government"})


# pure in the name; a small cache keeps the few names that recur in article after article
@lru_cache(maxsize=256)
def _clean_name(name: str) -> str | None:
    place_to_front, _, not_places, country_of, _, regions, orgs = _gazetteer()
    if _ORG_LAST.search(name):
        return None  # 'the Armenian Defense Ministry', "Israel's Northern Command": an institution, not a place
    if name.lower() in country_of:
        return None  # 'Burkina Faso', "Burkina Faso's": a country, not 'Faso' after its first word
    words = name.split()
    # "Sagaing Region's Pale", "Kirkuk's Hawija": the place is the one after the possessive
    for i in range(len(words) - 2, -1, -1):
        if words[i].endswith(("'s", "’s")):
            words = words[i + 1:]
            break
    # 'Kuki-dominated Kangpokpi', 'Houthi-held Hodeidah': the adjective says who holds the place
    while len(words) > 1 and _AFFIX_ADJ.search(words[0]):
        words = words[1:]
    # "in Tuesday's strike": a possessive day or month
    if words and words[-1].endswith(("'s", "’s")) and words[-1][:-2].lower() in not_places:
        return None
    if words and words[-1].endswith(("'s", "’s")):
        words = [*words[:-1], words[-1][:-2]]  # "in Beirut's southern suburbs": the place is Beirut
    # 'Syrias Hasakeh', "Ukraine's Kramatorsk": drop the possessive country
    while words and (words[0].lower().rstrip("s").rstrip("'") in country_of or words[0].lower() in country_of):
        words = words[1:]
    while words and (words[-1].lower() in not_places or words[-1].lower() in country_of):
        words = words[:-1]
    if len(words) > 1 and words[0].lower() in _INSTITUTION_FIRST and words[0].lower() in not_places:
        return None  # 'the Police Lines', 'Army Stadium': an institution's compound, not a place named 'Lines'
    while words and words[0].lower() in not_places:
        words = words[1:]
    if not words or any(_AL_PREFIX.sub("", w.lower()) in not_places for w in words):
        return None
    name = " ".join(words)
    low = name.lower()
    if low in not_places or low in country_of or low in regions or low in orgs or len(name) < 3 or low in _COMPASS_WORDS:
        return None
    if _AFFIX_ADJ.search(name):
        return None
    if _ORG_WORD.search(name):
        return None
    return name


# (?=[...]): the prepositions' first letters, implied, a cheap early rejection
_PREP_RX = Folded(r"(?=[abfinortw])\b(in|at|near|outside|inside|into|on|around|across|within|from|out of|to|towards?|of|and|between|reports? from)\b")
_LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "into", "on", "around", "across", "within"}


def _locative(before: str) -> bool:
    """Is the nearest governing preposition a place-where ('in', 'at'), not a from/to ('evacuees from X')?"""
    preps = [m.group(1).lower() for m in _PREP_RX.scan(before)]
    while preps and preps[-1] in ("of", "and", "between"):
        preps.pop()
    if not preps:
        return True
    last = preps[-1]
    return last in _LOCATIVE_PREPS or last.startswith("report")


# 'Secretary of State', 'Minister of Health', 'Chief of Staff': an office title's 'of' names a portfolio,
# and the capitalised words after it are the portfolio and the holder's name, not a place
_OFFICE_BEFORE = re.compile(r"\b(?:Secretary|Under-?[Ss]ecretary|Minister|Ministry|Chief|Deputy|Director|Commissioner|Office|Bureau)\s+$")
_PORTFOLIO_FIRST = re.compile(r"(?:State|Defen[cs]e|Health|Public\s+Health|Homeland|Interior|Foreign|Justice|Staff|Information|Finance|Education|Energy|Agriculture|War)\b")


def _office_of(sentence: str, prep_start: int, raw: str) -> bool:
    before = sentence[max(0, prep_start - 40): prep_start]
    if _OFFICE_BEFORE.search(before):
        return True
    return bool(_PORTFOLIO_FIRST.match(raw) and re.search(r"\b[A-Z][\w-]+\s+$", before))


# a town just named, then 'in the <name> district': what comes before the district's 'in'
_IN_THE_DISTRICT = re.compile(rf"(?:{_TOWNISH}|{_SUB})\s+of\s+{_NAME}\s*,?\s+(?:in|of)\s+(?:the\s+)?$|{_NAME}\s+(?:{_TOWNISH}|{_SUB})\s*,?\s+(?:in|of)\s+(?:the\s+)?$")


# 'In Kyiv, President Zelenskiy said ...', 'In Washington, the State Department said ...': the opening
# place is where a national office speaks from, not where the story moves (a governor or mayor
# there speaks for the place: 'In Kherson, the governor said' still moves it)
_SPEAKERS_SEAT = re.compile(r"^(?:In|From)\s+[^,]{2,40},\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){0,2}(?i:President|Prime\s+Minister|Premier|Chancellor|King|(?:Foreign|Defen[cs]e|Interior)\s+Minist(?:er|ry)|Secretary(?:\s+of\s+State|-General)|Kremlin|White\s+House|Pentagon|State\s+Department|Foreign\s+Office)\b")


def mentions(sentence: str) -> list[Mention]:
    found = _mentions(sentence)
    seat = _SPEAKERS_SEAT.match(sentence) if found and sentence[:2] in ("In", "Fr") else None
    if seat:
        comma = sentence.index(",")
        return [replace(m, locative=False) if m.start < comma else m for m in found]
    return list(found)


# pure in the sentence with an immutable result, and asked again for some sentences of an article
# (a war-wide toll's sentence); a small cache covers one article, not the whole corpus
@lru_cache(maxsize=256)
def _mentions(sentence: str) -> tuple[Mention, ...]:
    place_to_front, gaz_rx, *_ = _gazetteer()
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    # scan: the place is cut from the sentence by the match's span, so the match need not be
    # matched again with re.I for its groups
    for m in gaz_rx.scan(sentence):
        place = sentence[m.start(1):m.end(1)]
        if not (place[0].isupper() or place.lower().startswith(("north", "south", "east", "west"))):
            continue
        fid, fname = place_to_front[_key(place)]
        locative = _locative(sentence[max(0, m.start() - 80): m.start()]) or bool(_WHERE.match(sentence[m.end():]))
        if m.start() == 0 and place.isupper():
            locative = False  # a dateline ('MAIDUGURI, Nigeria (AFP) -') is where the copy was filed from
        out.append(Mention(place, fid, fname, "gazetteer", locative, m.start()))
        taken.append((m.start(), m.end()))
    found = list(_CAND.finditer(sentence))
    if _KIND_WORD.search(sentence):
        starts = {m.start("name") for m in found}
        found += [m for m in _CAND_KIND.finditer(sentence) if m.start("name2") not in starts]
    if "known" in sentence or "called" in sentence or "named" in sentence:
        starts = {m.start("name") if m.groupdict().get("name") else m.start("name2") for m in found}
        found += [m for m in _CAND_KNOWN.finditer(sentence) if m.start("name3") not in starts]
    for m in found:
        gd = m.groupdict()
        key = "name" if gd.get("name") else "name2" if gd.get("name2") else "name3"
        raw = gd[key]
        start = m.start(key)
        if any(s <= start < e for s, e in taken):
            continue
        if (gd.get("prep") or "x")[0].isupper() and not sentence[m.end():].lstrip().startswith(","):
            continue  # a sentence opening on its place sets it off with a comma ('In Kherson, ...'); 'In Senate Majority ...' does not
        if gd.get("prep") == "of" and _office_of(sentence, m.start(), raw):
            continue  # 'Secretary of State Marco Rubio', 'Minister of Health Firas Abiad': an office and its holder
        kind = (gd.get("kind") or gd.get("kind2") or "").strip().lower()
        tail = _ADMIN_TAIL.search(raw)
        if tail:
            raw, kind = raw[: tail.start()], "province"
        name = _clean_name(raw)
        if not name or (not kind and _ORG_AFTER.match(sentence, m.end())):
            continue
        site = not kind and bool(_BUILDING_AFTER.match(sentence, m.end()))
        prefix = sentence[m.start(): start].lower()
        if _ADMIN_KIND.search(kind) or _ADMIN_OF.search(prefix):
            level = "admin"  # ('the southern province of Kandahar' names the province, not its capital)
        elif kind in ("area", "areas") and not _SUB_OF.search(prefix):
            level = "area"  # 'the Nabatieh area': around a town, or a quarter; theatre.py tells which
        elif _SUB_KIND.search(kind) or _SUB_OF.search(prefix):
            level = "sub"
        else:
            level = "town"
        if name.lower() in _admin():
            level = "admin"
        elif site:
            level = "site"  # 'the Qardaha hospital' is in Qardaha, 'the Nasa-Hablod hotel' in no town of that name: theatre.py tells
        if level == "town" and kind in ("district", "municipality") and _IN_THE_DISTRICT.search(sentence, max(0, start - 120), start):
            level = "admin"  # 'the town of Barja in the Chouf district': the district holds the town named just before
        locative = _locative(sentence[max(0, m.start() - 80): start]) or bool(_WHERE.match(sentence[m.end():]))
        out.append(Mention(name, lexicon.slug(name), name, level, locative, start))
    return tuple(out)


def dateline(sentence: str) -> str | None:
    m = _DATELINE.match(sentence)
    if not m:
        return None
    name = m.group("name").title()
    return _clean_name(name)


def gazetteer_front(name: str) -> tuple[str, str] | None:
    place_to_front, *_ = _gazetteer()
    return place_to_front.get(_key(name))
