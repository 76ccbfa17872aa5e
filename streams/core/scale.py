"""War-wide totals phrased the many ways wire copy phrases them.

A front's tally must never take in the death toll of a whole war ("more than 300000 people have
been killed in Syria's five-year conflict", "a war that has killed 470000", "the death toll from
the six-year conflict"). Two signals, either enough:

* the figure is tied to a war, conflict or uprising as a whole (its age, the country's war, a war
  that has killed / claimed / left N) rather than to a battle, strike or offensive;
* it is larger than any single front's toll in wire copy (100,000 killed or more).

Both give way to a recent running total ("since October 7"): the guide counts a war's toll on one
strip of land, reported by its health ministry, as that front's cumulative figure.
"""
from __future__ import annotations

import re
from functools import lru_cache

from streams.core import lexicon

_WAR = r"(?:civil\s+)?(?:war|conflict|uprising|rebellion|revolt|revolution|insurgency|crisis)"
# a war's age in years or months: 'the six-year conflict', 'the 13-month war'
_AGE = r"(?:\w+|\d+)[- ](?:and[- ]a[- ]half[- ])?(?:years?|months?)(?:[- ]old)?"
_WAR_TOTAL = re.compile(
    rf"\b(?:in|of|from|during|by|throughout)\s+(?:(?:the|a|this)\s+(?:[A-Z][\w'-]*\s+)?|[A-Z][\w'-]*\s+|country'?s\s+|its\s+|nation'?s\s+)"
    rf"(?:{_AGE}\s+)?{_WAR}\b"
    rf"|\b{_WAR}\b[^.;]{{0,60}}?\b(?:has|had|have)\s+(?:since\s+|reportedly\s+|already\s+|now\s+|so\s+far\s+|altogether\s+)*(?:killed|claimed|left|caused|cost)"
    rf"|\b{_WAR}\s+(?:killing|claiming|leaving)\b"
    rf"|\b(?:the|a|this|its)\s+(?:{_AGE}\s+)?{_WAR}\s+(?:has|had)\s+(?:since\s+|reportedly\s+|already\s+|now\s+|so\s+far\s+|altogether\s+)*(?:killed|claimed|left|caused|cost)"
    rf"|\b{_AGE}\s+{_WAR}\b"
    r"|\b(?:across|throughout)\s+the\s+country\b|\bcountry-?wide\b|\bnationwide\b"
    r"|\bsince\s+(?:it\s+)?(?:began|started|erupted|broke\s+out)\s+in\s+(?:\w+\s+)?(?:19|20)\d{2}\b"
    # a group's lifetime toll: 'it has been responsible for the deaths of 40,000 people'
    r"|\b(?:has|have|had)\s+been\s+(?:held\s+)?responsible\s+for\s+the\s+deaths\s+of\b",
    re.I,
)
# an invasion of a whole country is its war ("Russia's full-scale invasion", "the invasion of Ukraine");
# an invasion of a town or a strip ("the invasion of Rafah") is a front's operation
_INVASION = re.compile(r"\b(?:[Ff]ull[- ]scale\s+invasion|invasion\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?))")
WAR_SCALE_KILLED = 100_000


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(a.lower() for c in lexicon.countries()["countries"] for a in [c["name"], *c["aliases"]])


def invasion(sentence: str, count: int) -> str | None:
    """The invasion of a whole country a figure of a thousand or more is tied to, or None. The caller
    decides whether the sentence confines it to one front ("3,000 soldiers died in Bakhmut alone")."""
    if count < 1000:
        return None
    for m in _INVASION.finditer(sentence) if "nvasion" in sentence else ():
        if m.group("place") is None or m.group("place").lower() in _country_names():
            return m.group(0)
    return None


def war_total(sentence: str, count: int, outcome: str) -> str | None:
    """Why this figure is a war-wide total, or None."""
    # the count test first: the long case-folding scan only matters for a figure of a thousand or more
    m = _WAR_TOTAL.search(sentence) if count >= 1000 else None
    if m:
        return m.group(0)
    if outcome == "killed" and count >= WAR_SCALE_KILLED:
        return "war-scale total"
    return None
