"""Which front each place an article names belongs to.

The gazetteer's fronts (fronts.json) come first: a curated theatre such as "southern Damascus"
groups places by how the fighting is reported. A place it does not know is looked up in GeoNames
(geo.py) and put on its province's front, keeping the town as the figure's location, so that
"Spin Boldak" and "Kandahar province", "Maiduguri" and "Mafa LGA of Borno State" meet on one front.
A place GeoNames lacks takes the front of the place the article puts it in ("Rashidin, west of
Aleppo", "Kwashabe village, in Zabarmari"); a place found nowhere keeps a front of its own name.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from streams.core import fronts, geo, lexicon
from streams.core.frontkey import front_key
from streams.core.fronts import Mention

# "X station", "X market": the name before the word is usually the town (Kramatorsk station), but a
# camp or a market may be named after a village elsewhere; only a real town is trusted.
SUB_TOWN_POPULATION = 20_000

_COMPASS = r"(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?"
# What may stand between a place and the bigger place it lies in: "Rashidin west of Aleppo",
# "Zabarmari, near Maiduguri", "Kwashabe village, in Zabarmari", "the Rashidin area on Aleppo's
# outskirts", "Spin Boldak district of Kandahar province".
_INSIDE = re.compile(
    rf"^(?:\s+(?:area|village|town|district|neighbou?rhood|camp|ward|locality|suburb))?\s*,?\s*"
    rf"(?:(?:(?:some\s+|about\s+)?\d+\s*(?:km|kilometres|kilometers|miles)\s+)?{_COMPASS}\s+of"
    rf"|(?:on\s+the\s+)?(?:{_COMPASS}\s+)?(?:outskirts|edge|suburbs?|part|district|area)\s+of"
    rf"|near|outside|in|of|on)\s+(?:the\s+)?(?:(?:city|town|province|district|region|state|governorate)\s+of\s+)?$",
    re.I)
_DIVISION_WORDS = frozenset({"township", "district", "county", "municipality", "division", "region", "province",
                             "state", "governorate", "oblast", "raion", "prefecture", "department", "commune", "lga"})
_HOLDER = re.compile(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?=[A-Z])")
_HELD_BY = re.compile(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?:(?:northern|southern|eastern|western|central)\s+)?$")
_DISTRICT_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|quarter|suburb|area)\b")
_ON_OUTSKIRTS = re.compile(r"^(?:'s|s)?\s+(?:outskirts|edge|suburbs)\b")


_PROVINCE_CUE = re.compile(r"\b(?:[Pp]rovince|[Rr]egion|[Ss]tate)\b")
_PROVINCE_NAMED = re.compile(r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:[Pp]rovince|[Rr]egion|[Ss]tate)\b")
# (a district, subdistrict or township too: 'in Shahjoy district' of an article about Zabul province)
_VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet|town|district|township)\s+of\s+$", re.I)
_VILLAGE_AFTER = re.compile(r"^\s+(?:village|hamlet|district|sub-?district|township)\b(?!\s+of\b)", re.I)


def _called_village(text: str, m: Mention) -> bool:
    """Does the text call the place a village ('the village of X', 'X village') or a district?"""
    end = m.start + len(m.name)
    return bool(_VILLAGE_BEFORE.search(text, max(0, m.start - 40), m.start) or _VILLAGE_AFTER.match(text[end:end + 20]))


class Theatres:
    """The place-to-front decisions for one article (its country and the provinces it names)."""

    def __init__(self, mentions: list[list[Mention]], country: str | None, others: Sequence[str] = (),
                 sentences: Sequence[str] = ()) -> None:
        # the article's country first, then the other countries it names ("Russian troops ... Kramatorsk")
        self.cc = tuple(dict.fromkeys(cc for c in [country, *others] if (cc := geo.country_code(c)))) or None
        self.known: set[str] = set()  # fronts from the gazetteer or GeoNames, not made from a bare name
        # the provinces the article names: as places, and as the holder of a possessive ("Chhattisgarh's
        # Bijapur district" is not Karnataka's Bijapur)
        holders = [h.group(1) for text in sentences if "'s " in text or "’s " in text for h in _HOLDER.finditer(text)]
        # and 'Ituri province', 'the Sagaing region' in a late sentence where no places are looked for
        late = [p.group(1) for text in sentences if _PROVINCE_CUE.search(text) for p in _PROVINCE_NAMED.finditer(text)]
        # ('the Nabatieh area' where no town of that name is known: the province)
        provinces = {front_key(p): p for name in [*(m.name for ms in mentions for m in ms if m.level in ("admin", "area")), *holders, *late]
                     if (p := geo.province(name, self.cc))}
        self.named = frozenset(provinces)
        self.province_names = provinces  # key -> the province's name

    def _front(self, province: str) -> tuple[str, str]:
        gz = fronts.gazetteer_front(province)
        fid, fname = gz if gz else (lexicon.slug(province), province)
        self.known.add(fid)
        return fid, fname

    def _town(self, name: str, min_population: int = 0) -> str | None:
        """The province a town lies in. 'Qamishli Hasaka' (two names, commas stripped) is read as its
        first part; a name is not cut otherwise ('Khirbet Umm Dhuwayb' is not some Khirbet)."""
        words = name.split()
        while len(words) > 1 and words[-1].lower() in _DIVISION_WORDS:
            words = words[:-1]  # 'Kanbalu Township', 'Spin Boldak District'
        for n in range(len(words), 0, -1):
            rest = " ".join(words[n:])
            if rest and not (geo.province(rest, self.cc) or geo.find(rest, self.cc)):
                continue
            found = geo.find(" ".join(words[:n]), self.cc, self.named, anywhere=min_population == 0)
            if found and found.population >= min_population and self._plausible(found):
                if n == len(words) and found.population < geo.UNANCHORED_POPULATION and self.cc \
                        and (named_for := geo.province(name, self.cc)) and front_key(named_for) != front_key(found.province):
                    # 'Mykolaiv' is a village in Lviv province and the capital of Mykolaiv province, which
                    # GeoNames spells Mykolayiv: a name shared with a province is most likely its capital
                    return named_for
                return geo.theatre(found)
        # 'in Quneitra', 'in Borno': a province of the article's own country named without the word
        # 'province' (elsewhere, every county of the US would answer to some word)
        return geo.province(name, self.cc[0]) if min_population == 0 and self.cc else None

    def _plausible(self, found: geo.Place) -> bool:
        """A village of that name in a province the article does not name, when it names others
        ('Tall Tawil village' in an article about Hasakeh province), is another village."""
        return (not self.named or front_key(found.province) in self.named
                or found.population >= geo.UNANCHORED_POPULATION)

    def of_name(self, name: str) -> tuple[str, str] | None:
        """The front of a bare place name (a dateline): gazetteer, then GeoNames."""
        gz = fronts.gazetteer_front(name)
        if gz:
            self.known.add(gz[0])
            return gz
        province = self._town(name)
        return self._front(province) if province else None

    def place(self, m: Mention) -> Mention:
        if m.level == "gazetteer":
            self.known.add(m.front)
            return m
        if m.level == "site":
            # a building named after its town ('the Qardaha hospital') is in that town; one with a name of
            # its own ('the Nasa-Hablod hotel') is no place
            province = self._town(m.name)
            if not province:
                return m  # (dropped by resolve)
            fid, fname = self._front(province)
            return replace(m, front=fid, front_name=fname, level="town")
        if m.level == "area":
            # 'the Nabatieh area' names a town of some size: the town and its surroundings, as much the
            # story's place as the town itself; an area no such town is named after is a quarter
            province = self._town(m.name, SUB_TOWN_POPULATION)
            if not province and self.cc and (named := geo.province(m.name, self.cc)):
                return self.place(replace(m, level="admin"))  # 'the Nabatieh area' as Nabatieh province
            if not province:
                return self.place(replace(m, level="sub"))
            fid, fname = self._front(province)
            return replace(m, front=fid, front_name=fname, level="town")
        if shouted(m.name):
            return m
        if m.level == "admin":
            province = geo.province(m.name, self.cc)
        elif m.level == "town":
            province = self._town(m.name)
        else:
            province = self._town(m.name, SUB_TOWN_POPULATION)
        if not province and m.name.endswith("s") and m.level != "admin":
            return self._possessive(m)
        if not province:
            return m
        fid, fname = self._front(province)
        return replace(m, front=fid, front_name=fname)

    def _possessive(self, m: Mention) -> Mention:
        """'Idlibs countryside', 'Aleppos outskirts': copy with the apostrophe stripped names the place
        before the s."""
        stem = m.name[:-1]
        gz = fronts.gazetteer_front(stem)
        if gz:
            self.known.add(gz[0])
            return replace(m, name=stem, front=gz[0], front_name=gz[1])
        province = self._town(stem, SUB_TOWN_POPULATION)
        if not province:
            return m
        fid, fname = self._front(province)
        return replace(m, name=stem, front=fid, front_name=fname)

    def resolve(self, sentences: list[str], mentions: list[list[Mention]]) -> list[list[Mention]]:
        # 'BBC Burmese', 'NNA': a name in capitals that no gazetteer knows is an outlet, not a front
        placed = [[p for m in ms if m.level == "gazetteer" or not shouted(m.name) if (p := self.place(m)).level != "site"]
                  for ms in mentions]
        inside = self._containment(sentences, placed)
        for text, ms in zip(sentences, placed):
            for m in ms:
                if m.front in self.known or m.front in inside or "'s " not in text[max(0, m.start - 40):m.start]:
                    continue
                # "Kharkiv's Kyivskyi district", "Gaza City's Shejaiya": the holder of the possessive holds the place
                held = _HELD_BY.search(text, max(0, m.start - 40), m.start)
                holder = self.of_name(held.group(1)) if held else None
                if holder and holder[0] != m.front:
                    inside[m.front] = holder
        if len(self.named) == 1:
            # a place no gazetteer knows beside the one province the article names, in a sentence
            # that does not say where the place lies ('the Governor of Borno State was at Zabarmari'):
            # the province is where it lies
            province = next(iter(self.named))
            for ms in placed:
                home = next(((m.front, m.front_name) for m in ms if front_key(m.front) == province), None)
                for m in ms if home else ():
                    if m.level in ("town", "sub") and m.front not in self.known and m.front not in inside:
                        inside[m.front] = home
            # 'attacked a village in Gezira State ... "Wad Alnoura village witnessed ..."', 'the village of
            # Pa Zi Gyi ... the village, located in the Sagaing region': a village the text calls one, in a
            # sentence naming no other place, lies in the one province the article names elsewhere
            home = next(((m.front, m.front_name) for ms in placed for m in ms if front_key(m.front) == province), None) \
                or self._front(self.province_names[province])
            for text, ms in zip(sentences, placed) if home else ():
                for m in ms if len(ms) == 1 else ():
                    if m.level in ("town", "sub") and m.front not in self.known and m.front not in inside \
                            and _called_village(text, m):
                        inside[m.front] = home
        out = [[replace(m, front=inside[m.front][0], front_name=inside[m.front][1]) if m.front in inside else m
                for m in ms] for ms in placed]
        # "Kyiv's Dnipro district": a district of the holder named like a known place elsewhere (the
        # city of Dnipro) is the holder's, in this sentence only
        for text, ms in zip(sentences, out):
            for i, m in enumerate(ms):
                at = text.find(m.name, m.start, m.start + 60 + len(m.name))  # (a mention may start at its holder)
                if at < 0 or not _DISTRICT_AFTER.match(text, at + len(m.name)):
                    continue
                held = _HELD_BY.search(text, max(0, at - 40), at)
                holder = self.of_name(held.group(1)) if held else None
                if holder and holder[0] != m.front:
                    ms[i] = replace(m, front=holder[0], front_name=holder[1], level="sub")
        return out

    def _containment(self, sentences: list[str], placed: list[list[Mention]]) -> dict[str, tuple[str, str]]:
        """Unknown places the article itself puts inside a known one, directly or through another
        ('Pa Zi Gyi village in Kanbalu Township, Sagaing Region')."""
        inside: dict[str, tuple[str, str]] = {}
        for _ in range(3):  # a chain of three places at most
            grew = False
            for text, ms in zip(sentences, placed):
                ms = sorted(ms, key=lambda m: m.start)
                for a, b in zip(ms, ms[1:]):
                    outer = inside.get(b.front, (b.front, b.front_name)) if b.front not in self.known else (b.front, b.front_name)
                    if a.front in self.known or a.front in inside or outer[0] not in self.known:
                        continue
                    end = text.find(a.name, a.start)
                    if end < 0 or b.start - (end + len(a.name)) > 60:
                        continue
                    between = text[end + len(a.name): b.start]
                    after = text[b.start + len(b.name):]
                    if (_INSIDE.match(between) or (between.strip() == "," and b.level == "admin")
                            or (re.fullmatch(r"(?:\s+area)?\s+on\s+", between) and _ON_OUTSKIRTS.match(after))):
                        inside[a.front] = outer
                        grew = True
            if not grew:
                break
        return inside

    def parents(self, placed: list[list[Mention]]) -> dict[str, str]:
        """Curated fronts of this article -> the front of the province they lie in, where that
        province holds no other curated front the article names (Eastern Ghouta and Daraya are
        both in Damascus: which one a mention of Damascus means is not known)."""
        curated = {m.front for ms in placed for m in ms if m.level == "gazetteer"}
        children: dict[str, list[str]] = {}
        for fid in sorted(curated):
            province = _curated_province(fid)
            if province:
                pid = self._front(province)[0]
                if pid != fid and pid not in curated:
                    children.setdefault(pid, []).append(fid)
        return {kids[0]: pid for pid, kids in children.items() if len(kids) == 1}


@lru_cache(maxsize=None)
def _curated_province(front_id: str) -> str | None:
    """The province a gazetteer front lies in: its 'province' in fronts.json, else where GeoNames puts
    its name or first known place."""
    for f in lexicon.fronts()["fronts"]:
        if lexicon.slug(f["name"]) != front_id:
            continue
        if f.get("province"):
            return f["province"]
        cc = geo.country_code(f.get("country"))
        if not cc:
            return None
        for name in [f["name"], *f.get("places", [])]:
            found = geo.find(name, cc)
            if found:
                return geo.theatre(found)
        return None
    return None


def country_of_places(mentions: list[list[Mention]]) -> str | None:
    """The country an article is about when it names none: from the places it names (countries.json,
    then the big cities of GeoNames)."""
    votes: Counter[str] = Counter()
    for ms in mentions:
        for m in ms:
            country = fronts.place_country(m.name) or fronts.place_country(m.front_name)
            if country is None and m.level in ("town", "sub", "area"):
                found = geo.find(m.name)
                country = geo.country_name(found.cc) if found else None
            if country:
                votes[country] += 1
    return votes.most_common(1)[0][0] if votes else None


def default_locations(mentions: list[list[Mention]]) -> dict[str, str]:
    """Per front, the place the article names most often on it: the location of a figure whose own
    sentence names none ('30 people were killed' in a story about Kramatorsk station)."""
    counts: dict[str, Counter] = {}
    for ms in mentions:
        for m in ms:
            if m.level in ("sub", "town") and m.name != m.front_name and not shouted(m.name):
                counts.setdefault(m.front, Counter())[m.name] += 2 if m.locative else 1
    return {fid: c.most_common(1)[0][0] for fid, c in counts.items()}


def shouted(name: str) -> bool:
    """'LEADERSHIP', 'NGO': a name in capitals outside a dateline is an outlet or an organisation."""
    return len(name) > 2 and name.isupper()


_WHERE_COUNTRY = re.compile(
    rf"\b(?:in|on|across|into|inside|throughout|near)\s+(?:the\s+)?(?:(?:{_COMPASS}|central)(?:\s+and\s+(?:{_COMPASS}|central))?\s+)?"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")


@lru_cache(maxsize=1)
def _country_names() -> tuple[dict[str, str], frozenset[str]]:
    """Country names and their non-demonym aliases ('Syria's', 'Burma', 'DRC'; not 'Syrian' or
    'Somali': 'near the Somali border' puts nothing in Somalia) -> country; and the regions
    ('Niger State', 'Niger Delta') that must not be read as the country they start with."""
    names: dict[str, str] = {}
    for e in lexicon.countries()["countries"]:
        name = e["name"].lower()
        for alias in [e["name"], *e.get("aliases", [])]:
            low = alias.lower().replace("’", "'")
            possessive = low in (f"{name}'s", f"{name}s")
            stem = len(os.path.commonprefix([low, name]))
            if low == name or possessive or stem < 4:
                names[low] = e["name"]
    return names, frozenset(r.lower() for r in lexicon.countries().get("regions", []))


def where_countries(text: str) -> list[str]:
    """Countries a sentence puts something in ('in Sudan', 'on south Lebanon', 'across Ukraine')."""
    names, regions = _country_names()
    out = []
    for m in _WHERE_COUNTRY.finditer(text):
        words = m.group(1).replace("’", "'").split()
        for n in range(len(words), 0, -1):
            phrase = " ".join(words[:n]).lower()
            if phrase in regions:
                break
            if phrase in names:
                out.append(names[phrase])
                break
    return out
