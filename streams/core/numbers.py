"""Amounts as wire copy writes them: '1,300', '5000' (FA-KES strips commas), 'Forty-three', 'a dozen',
'more than hundred', ranges ('between 500 and 1300'), and vague amounts ('dozens', 'scores')."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from streams.core import lexicon
from streams.core.text import Folded

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Vague amounts and the count the annotation guide gives them.
VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "tens": 10, "several": 3, "a few": 3, "a number": 3,
         "several dozen": 36, "a couple dozen": 24, "a couple of dozen": 24, "thousands": 1000,
         "tens of thousands": 10_000, "hundreds of thousands": 100_000}

# prefix trees ('seven', 'seventeen'), longest first: see lexicon.alternation
_UNIT = lexicon.alternation(list(UNITS), ignore_case=True)
_TEN = lexicon.alternation(list(TENS), ignore_case=True)
_WORDNUM = (rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|(?:{_UNIT}))(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_UNIT}))?)?")
# "4 000", "800 000": thousands spaced in French-style copy (AFP from the Sahel), only when they end in 000
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})*(?: 000)(?![\d,])|\d+(?:\.\d+)?"
_DOZEN = r"(?:a|one|two|three|half a)\s+dozen"
_SINGLE = (rf"(?:(?:{_DIGITS})(?:\s+(?:thousand|million))?|{_DOZEN}|{_WORDNUM}|a\s+hundred|hundred|a\s+thousand)")
# ('hundreds of thousands' is not 'hundreds' of something)
_VAGUE = r"several\s+dozen|a\s+couple\s+(?:of\s+)?dozen|dozens|scores|(?:hundreds|tens)\s+of\s+thousands|hundreds|tens|several|a\s+few"

QUALIFIERS = {
    "at least": "at_least", "not less than": "at_least", "no fewer than": "at_least", "a minimum of": "at_least",
    "at minimum": "at_least",
    "more than": "more_than", "over": "more_than", "well over": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "above": "more_than",
    "about": "about", "around": "about", "nearly": "about", "almost": "about", "roughly": "about", "some": "about",
    "approximately": "about", "an estimated": "about", "estimated": "about", "close to": "about", "an approximate": "about",
    "up to": "up_to", "as many as": "up_to",
}
_QUAL = lexicon.alternation(list(QUALIFIERS), ignore_case=True)

# One amount: optional qualifier, a number (or range) or a vague word. Word boundaries matter: 'one'
# inside 'someone', 'ten' inside 'often'.
AMOUNT = Folded(
    rf"(?<![\w.,-])(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?:between\s+(?P<lo>{_SINGLE})\s+and\s+(?P<hi>{_SINGLE})"
    rf"|(?P<num>{_SINGLE})(?:\s*(?:-|to)\s*(?P<num_hi>{_DIGITS}))?"
    rf"|(?P<vague>{_VAGUE}))(?![\w,]*\d)(?!-year)(?!\w)")


@dataclass(frozen=True)
class Amount:
    count: int
    high: int | None
    qualifier: str
    vague: bool
    start: int
    end: int
    text: str


# Compiled once: parse_number and amounts run for every number in every sentence, and re.sub etc.
# on a pattern string pay for a cache lookup on every call.
_SPACES = re.compile(r"\s+")
_DIGIT_NUMBER = re.compile(r"(\d{1,3}(?: \d{3})+|\d[\d,]*(?:\.\d+)?)(?: (thousand|million))?")
_DOZEN_NUMBER = re.compile(r"(a|one|two|three|half a) dozen")
_WORD_SEP = re.compile(r"[- ]")


def parse_number(text: str) -> int | None:
    t = _SPACES.sub(" ", text.strip().lower())
    if not t:
        return None
    m = _DIGIT_NUMBER.fullmatch(t)
    if m:
        value = float(m.group(1).replace(",", "").replace(" ", ""))
        if m.group(2):
            value *= SCALES[m.group(2)]
        return int(value)
    m = _DOZEN_NUMBER.fullmatch(t)
    if m:
        return {"a": 12, "one": 12, "two": 24, "three": 36, "half a": 6}[m.group(1)]
    if t in ("hundred", "a hundred"):
        return 100
    if t == "a thousand":
        return 1000
    total, current = 0, 0
    for word in _WORD_SEP.split(t):
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
    return total + current


def amounts(sentence: str) -> list[Amount]:
    return list(_amounts(sentence))


# pure in the sentence with an immutable result, and asked again for every sentence of an article
# whose figures are read twice (once the country is known); a small cache covers one article, not
# the whole corpus
@lru_cache(maxsize=256)
def _amounts(sentence: str) -> tuple[Amount, ...]:
    out = []
    for m in AMOUNT.scan(sentence):  # every group is lowercased below (parse_number lowercases)
        text = sentence[m.start():m.end()]
        qual = QUALIFIERS.get(_SPACES.sub(" ", (m.group("qual") or "").lower()), "exact")
        if m.group("vague"):
            word = _SPACES.sub(" ", m.group("vague").lower())
            out.append(Amount(VAGUE[word], None, "about", True, m.start(), m.end(), text))
            continue
        if m.group("lo"):
            lo, hi = parse_number(m.group("lo")), parse_number(m.group("hi"))
        else:
            lo = parse_number(m.group("num"))
            hi = parse_number(m.group("num_hi")) if m.group("num_hi") else None
        if lo is None:
            continue
        if hi is not None and hi <= lo:
            hi = None
        out.append(Amount(lo, hi, qual, False, m.start(), m.end(), text))
    return tuple(out)
