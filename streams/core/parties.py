"""Victim noun phrases -> canonical party (key, class, side), from streams/data/parties.json."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from streams.core import fronts, lexicon
from streams.core.text import Folded


@dataclass(frozen=True)
class Party:
    key: str
    party_class: str
    side: str | None
    label: str


UNSPECIFIED = Party("unspecified", "unspecified", None, "")
# Heads whose class comes from a modifier when one is present ('IS fighters', 'regime personnel').
_NEUTRAL_HEADS = {"fighters", "fighter", "members", "personnel", "forces", "militiamen", "gunmen", "troops",
                  "soldiers", "police", "policemen", "officers", "jihadists", "militants", "insurgents", "security forces"}


# 'of the', 'from', 'with the' after a head that names no side, and up to eight words: where its group may be named
_OF_GROUP = re.compile(r"\s+(?:of|from|with|in)\s+(?:[\w'’-]+\s+){0,7}[\w'’-]+")
_GROUP_AFTER_HEADS = frozenset({"fighters", "fighter", "members", "member", "militiamen", "personnel", "forces"})


def _variants(phrase: str) -> list[str]:
    out = [phrase]
    if phrase.endswith("s") and not phrase.endswith("ss") and len(phrase) > 4 and not phrase[0].isupper():
        out.append(phrase[:-1])
    return out


@lru_cache(maxsize=None)
def _tables():
    data = lexicon.parties()
    heads: dict[str, dict] = {}
    for entry in data["heads"]:
        for phrase in entry["phrases"]:
            for v in _variants(phrase):
                heads.setdefault(v.lower(), entry)
    head_re = Folded(r"(?<![\w-])(" + lexicon.alternation(list(heads), ignore_case=True) + r")(?![\w-])")
    mods: list[tuple[str, dict]] = []
    for entry in data["modifiers"]:
        for w in entry["words"]:
            mods.append((w, entry))
    # Acronyms ('IS') are matched case-sensitively: 'is' is a verb.
    mod_re = re.compile(r"(?<![\w-])(" + "|".join(
        (re.escape(w).replace(r"\ ", r"\s+") if w.isupper() else "(?i:" + re.escape(w).replace(r"\ ", r"\s+") + ")")
        for w, _ in sorted(mods, key=lambda m: -len(m[0]))) + r")(?![\w-])")
    mod_by_word = {w.lower(): e for w, e in mods}
    group_re = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for e in data["groups"] for w in e["words"]) + r")(?![\w-])")
    groups = {w.lower(): e for e in data["groups"] for w in e["words"]}
    return heads, head_re, mod_re, mod_by_word, group_re, groups, data.get("sides_by_country", {})


# pure in (phrase, country) with an immutable result; a small cache keeps the victim nouns that recur
# in article after article ("civilians", "people")
@lru_cache(maxsize=256)
def resolve(phrase: str, country: str | None = None) -> Party | None:
    """The party a noun phrase names, or None when it names no people ('barrel bombs', 'days')."""
    heads, head_re, mod_re, mod_by_word, group_re, groups, sides = _tables()
    phrase = phrase.strip()
    hm = None
    found = list(head_re.finditer(phrase))
    for i, m in enumerate(found):
        hm = m
        # the first head is the victim noun; 'members of the security forces' takes the later one
        if m.group(1).lower() not in ("members", "member", "others", "other", "dead", "the dead", "bodies", "body", "corpses", "corpse"):
            # 'women gendarmes', 'female soldiers': a civilian word that qualifies an armed head is not the head
            nxt = found[i + 1] if i + 1 < len(found) else None
            if (nxt and heads[m.group(1).lower()]["class"] == "civilian" and not phrase[m.end(): nxt.start()].strip()
                    and heads[nxt.group(1).lower()]["class"] in ("state", "nonstate")):
                hm = nxt
            break
    if hm is None:
        gm = group_re.search(phrase)
        if gm:
            e = groups[gm.group(1).lower()]
            return Party(e["key"], e["class"], e.get("side"), phrase)
        # 'suspected gang memb ers', '15 suspected Shabaab': an armed group's name with no noun of people
        mm = mod_re.search(phrase)
        me = mod_by_word.get(mm.group(1).lower()) if mm else None
        if me is not None and not me.get("only_for") and me["class"] == "nonstate":
            return Party(me["key"], me["class"], me.get("side"), phrase)
        return None
    head = hm.group(1).lower()
    entry = heads[head]
    # 'soldiers and civilians': a total of fighters and civilians is of no one class
    if entry["class"] in ("state", "nonstate", "civilian"):
        for m in found:
            if m.start() > hm.end() and re.search(r"\band\b|,", phrase[hm.end(): m.start()]) \
                    and heads[m.group(1).lower()]["class"] in ("state", "nonstate", "civilian") \
                    and (heads[m.group(1).lower()]["class"] == "civilian") != (entry["class"] == "civilian"):
                return Party("unspecified", "unspecified", None, phrase)
    key, cls, side = entry["key"], entry["class"], entry.get("side")
    if cls != "civilian":
        scope = phrase[: hm.end()]
        if head in _GROUP_AFTER_HEADS:
            # 'members of the PMF', 'fighters from PMF': the group named after the head, when none is before it
            after = _OF_GROUP.match(phrase, hm.end())
            if after and not any(mm.group(1).lower() in mod_by_word for mm in mod_re.finditer(scope)):
                scope = phrase[: after.end()]
        for mm in mod_re.finditer(scope):
            me = mod_by_word[mm.group(1).lower()] if mm.group(1).lower() in mod_by_word else None
            if me is None:
                continue
            only = me.get("only_for")
            if only and head not in only and head.rstrip("s") not in [o.rstrip("s") for o in only]:
                continue
            if cls == "unspecified" and head not in ("members", "member"):
                continue
            if cls in ("state", "nonstate") and head not in _NEUTRAL_HEADS and me["class"] != cls:
                continue
            key, cls, side = me["key"], me["class"], me.get("side", side)
            break
    # 'Turkish servicemen' in a story from Syria, 'Iraqi army' beside Syrian troops: a government's
    # forces are those of the country the phrase names, else of the article's country
    nation = nationality(phrase[: hm.end()]) if cls == "state" and key == "government" else None
    if nation is not None:
        side = sides.get(nation) or side
        key = _government_key(nation)
    elif cls == "state" and side is None:
        side = sides.get(country or "", None)
        if key == "government" and country:
            key = _government_key(country)
    return Party(key, cls, side, phrase)


def _government_key(country: str) -> str:
    if country == "Syria":
        return "government"
    return lexicon.slug(country) if country in ("Russia", "Ukraine", "Israel") else lexicon.slug(country) + "-government"


def nationality(text: str) -> str | None:
    """The last country a victims' phrase names ('Turkish', 'U.S.'), or None."""
    named = fronts.country_mentions(text)
    return named[-1] if named else None


def named_side(phrase: str, country: str | None = None) -> str | None:
    """The side the last armed party the phrase names stands for ('IS overran Qadam', 'Hamas
    said', 'the regime' in Syria -> the Syrian government)."""
    _, _, mod_re, mod_by_word, group_re, groups, sides = _tables()
    found = [(m.start(), groups[m.group(1).lower()]) for m in group_re.finditer(phrase)]
    found += [(m.start(), mod_by_word[m.group(1).lower()]) for m in mod_re.finditer(phrase)
              if m.group(1).lower() in mod_by_word and not mod_by_word[m.group(1).lower()].get("only_for")]
    for _, entry in sorted(found, key=lambda f: f[0], reverse=True):
        side = entry.get("side") or (sides.get(country or "") if entry.get("class") == "state" else None)
        if side:
            return side
    return None
