"""Who a figure is attributed to, with coreference: 'the monitor', 'the Observatory', 'it' point back
to the source named earlier in the article and are reported under its full, normalised name."""
from __future__ import annotations

import re
from functools import lru_cache

from streams.core import lexicon
from streams.core.text import Cue, Folded

_SAY = r"(?:said|says|say|told|tells|reported|reports|added|adds|stated|claimed|confirmed|counted|warned|announced|estimated|noted|asserted|according\s+to)"
# Every _SAY verb holds one of these stems (keep in step): without one, no attribution is found.
_SAY_CUE = Cue("said", "say", "told", "tell", "report", "add", "stated", "claimed", "confirmed", "counted", "warned",
               "announced", "estimated", "noted", "asserted", "according")
# '..., the monitor said.' / 'X said that ...' / 'said militia leader Babakura Kolo' / 'according to X'
_BEFORE = Folded(r"(?:^|[,;:\"]|\bthat\b|\band\b)\s*(?P<who>(?:[\w'.-]+\s+){0,9}?[\w'.-]+)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?" + _SAY + r"\b")
_AFTER = re.compile(r"\b(?:said|says|told|reported|added|according\s+to)\s+(?P<who>(?:the\s+)?[A-Z][\w'.-]*(?:\s+(?:(?:of|for|the|in)\b|[A-Z][\w'.-]*|\w+\s+[A-Z][\w'.-]*)){0,8})", re.I)


@lru_cache(maxsize=None)
def _tables():
    data = lexicon.sources()
    alias: dict[str, str] = {}
    for s in data["sources"]:
        for a in s["aliases"] + s["anaphors"]:
            alias[a.lower()] = s["name"]
    names = [a for src in data["sources"] for a in src["aliases"] + src["anaphors"]]
    # acronyms ('WHO', 'UN') only in capitals: 'who' and 'un-' are ordinary words
    upper = sorted({a for a in names if a.isupper()}, key=len, reverse=True)
    other = [a for a in names if not a.isupper()]
    # the lookahead on the possible first characters is implied by the alternation (matches are
    # unchanged) and lets the engine leave most positions after one test
    first = (r"(?=[" + "".join(sorted({re.escape(a[0]) for a in upper})) + r"]|(?i:["
             + "".join(sorted({re.escape(a[0].lower()) for a in other})) + r"]))")
    alias_re = re.compile(first + r"(?<![\w-])(" + "|".join(re.escape(a) for a in upper) + "|(?i:" + lexicon.alternation(other, ignore_case=True) + r"))(?![\w-])")
    generic = re.compile(r"^(?:" + "|".join(re.escape(g) for g in data["generic_anaphors"]) + r")$", re.I)
    return alias, alias_re, generic


def named_source(text: str) -> str | None:
    """A known source named anywhere in the text."""
    alias, alias_re, _ = _tables()
    m = alias_re.search(text)
    return alias[re.sub(r"\s+", " ", m.group(1).lower())] if m else None


def _clean(who: str) -> str:
    who = re.sub(r"^(?:and|but|while|as|which|who)\s+", "", who.strip(" ,\"'"), flags=re.I)
    if who.endswith(".") and "." not in who.split()[-1][:-1]:
        who = who[:-1]  # the sentence's full stop ('according to Houthi officials.'), not an initialism's ('U.N.')
    return who


_VERB_AT = Folded(r"\b" + _SAY + r"\b")
_ROLE = re.compile(r"^(?:an?|the|one|another|two|several)\s+(?:[\w-]+\s+){0,3}?(?:officials?|sources?|spokes(?:man|woman|person)|witness|resident|monitor|official\s+source)$", re.I)


class Attributor:
    """Walks an article's sentences in order, remembering the last source named."""

    def __init__(self) -> None:
        self.last: str | None = None

    def note(self, sentence: str) -> None:
        """A sentence without figures only matters for the source it names (for later 'the monitor')."""
        if _SAY_CUE(sentence) and _VERB_AT.search(sentence):
            known = named_source(sentence)
            if known:
                self.last = known

    def _near_verb(self, sentence: str) -> str | None:
        """FA-KES prose has no commas: find the attribution in the last words before 'said'."""
        for m in _VERB_AT.finditer(sentence):
            words = sentence[: m.start()].split()[-6:]
            for k in range(1, len(words) + 1):
                who = " ".join(words[-k:])
                known = named_source(who)
                if known:
                    return known
                if _ROLE.match(who):
                    return who
        return None

    def attribute(self, sentence: str) -> str | None:
        if not _SAY_CUE(sentence):
            return None  # _BEFORE, _AFTER, _near_verb and the last resort all need a reporting verb
        alias, alias_re, generic = _tables()
        found = None
        for rx in (_BEFORE, _AFTER):
            for m in rx.finditer(sentence):
                who = _clean(m.group("who"))
                if not who:
                    continue
                known = named_source(who)
                if known:
                    found = known
                elif generic.match(who) or re.fullmatch(r"(?:the\s+)?(?:source|official|spokesman|spokeswoman)", who, re.I):
                    found = self.last or who
                elif re.search(r"\b(?:officials?|sources?|spokes(?:man|woman|person)|police|governor|militia|residents?|witness(?:es)?|reporters|authorities|ministry|agency|media|activists?|medics|doctors|chief|head|leader|commander|army|military|mayor|prosecutors?|rescuers|paramedics)\b", who, re.I) or re.match(r"[A-Z]", who):
                    words = who.split()
                    if len(words) <= 10 and not re.search(r"\b(?:killed|wounded|were|was|dead|attack)\b", who):
                        found = who
                if found:
                    break
            if found:
                break
        if found is None:
            found = self._near_verb(sentence)
        if found is None:
            known = named_source(sentence)
            if known and re.search(_SAY, sentence, re.I):
                found = known
        if found:
            self.last = found
        return found
