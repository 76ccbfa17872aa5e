"""Time expressions: the day an incident happened, the start of a running total's period, and the
markers that make a figure cumulative (a campaign total) or background (another time, the whole war)."""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from streams.core.numbers import parse_number
from streams.core.text import Cue, Folded

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"  # only in re.I patterns: lowercase for Folded
_MON_FOLDED = _MON.lower()  # the months for the case-folding patterns run by Folded

# A weekday right after a reporting verb is the day of the report, not of the incident.
# the day of a report, or of the aftermath ('held a day of mourning on Wednesday for the 50 killed'):
# no incident's day
_REPORT_DAY = Folded(rf"\b(?:said|says|reported|told|announced|confirmed|added|claimed|claims|stated|declared)\s+(?:on\s+)?{_WD}\b|\b{_WD}\s+(?:said|statement)"
                     # ('told Xinhua on Friday', 'said in a statement late on Thursday')
                     rf"|\btold\s+(?:[\w.'-]+\s+){{1,3}}?(?:on\s+)?{_WD}\b|\b(?:said|says|reported|announced)\s+in\s+a\s+statement\s+(?:late\s+|early\s+)?(?:on\s+)?{_WD}\b"
                     rf"|\b(?:mourning|mourned|mourn|funerals?\s+(?:were|was)\s+held|buried|burials?|vigils?|commemorated)"
                     rf"\b(?:\s+[\w-]+){{0,3}}?\s+(?:on\s+)?{_WD}\b")
_WEEKDAY = Folded(rf"\b(?P<wd>{_WD})(?:'?s)?\b(?:,?\s+(?P<mon>{_MON_FOLDED})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}}))?")
# (?=[...]): 'on', a month's capital or a day's digit starts every match; implied, a cheap early rejection
_EXPLICIT = re.compile(rf"(?=[oJFMASOND\d])\b(?:on\s+)?(?:(?P<mon>{_MON})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?|(?P<day2>\d{{1,2}})\s+(?P<mon2>{_MON})(?:\s+(?P<year2>\d{{4}}))?)\b")
_RELATIVE = re.compile(r"\b(?P<w>today|yesterday|last night|overnight|this morning|tonight|earlier today)\b", re.I)

_SINCE = re.compile(rf"\bsince\s+(?:the\s+)?(?:(?:late|early|mid)[- ])?(?P<what>{_MON}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MON}(?:\s+\d{{4}})?|{_MON}(?![a-z])(?:\s+\d{{4}})?|\d{{4}}|{_WD}|the\s+weekend|last\s+\w+|(?:start|beginning|launch|outbreak)\s+of\s+(?:the\s+)?\w+|[\w' -]{{0,60}}?(?:{_MON}\s+\d{{1,2}}|\d{{1,2}}\s+{_MON}|{_MON}\.?\s+\d{{1,2}}))", re.I)
_N_DAYS = Folded(r"\b(?:in|over|during|within|after|from)\s+(?:(?:the\s+(?:past|last)\s+)?(?P<n>(?!recent\s+years)\w+(?:-\w+)?|\d+)\s+(?P<unit>days?|weeks?|months?|years)|the\s+(?:past|last)\s+(?P<one>week|month|year))\b(?:\s+of\s+(?:fighting|clashes|bombardment|battles?|the\s+offensive|strikes|war))?")
_SAME_PERIOD = Folded(r"\b(?:during|in|over)\s+(?:that|the)\s+same\s+(?:period|time|span)\b")
_CAMPAIGN_TOTAL = Folded(r"\b(?:bringing\s+the\s+(?:death\s+)?toll\s+to|total\s+(?:death\s+)?toll\s+(?:of|to|since)|since\s+the\s+(?:start|beginning|launch)\s+of\s+the\s+(?:\w+\s+)?(?:offensive|operation|campaign|assault))\b")
# War-wide or historical statements.
_WAR_START = Folded(r"\bsince\s+(?:the\s+)?[\w' -]{0,40}?(?:war|conflict|uprising|revolt|revolution|protests|crisis|insurgency|civil\s+war|invasion|occupation)\b[\w' -]{0,30}?\b(?:start|began|begun|erupted|erupting|broke\s+out|started|beginning|outbreak)|\b(?:war|conflict)\s+(?:has|had)\s+(?:left|killed|claimed)|\bsince\s+(?:erupting|it\s+began|it\s+erupted)"
                     # 'since the separatists launched their armed campaign': the whole war's toll
                     r"|\bsince\s+(?:the\s+)?[\w' -]{0,40}?\b(?:launched|began|started|took\s+up)\s+(?:their|its|an|a|the)\s+(?:armed\s+campaign|armed\s+struggle|insurgency|rebellion|uprising|revolt|war)\b"
                     # 'since the military seized power in a 2021 coup', 'since the 2022 coup': the junta's whole rule
                     r"|\bsince\s+(?:the\s+)?(?:military|army|junta|generals|soldiers)\s+(?:(?:seized|took|grabbed)\s+(?:power|control)\b"
                     # 'since the military ousted the elected government led by ...': the coup, put another way
                     r"|(?:ousted|overthrew|toppled|deposed|removed)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:government|president|leader|regime)\b)"
                     r"|\bsince\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:coup|putsch|takeover)\b")
_WAR_WIDE = Folded(r"\b(?:since\s+the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(?:\w+\s+){0,2}?(?:war|conflict|uprising|revolt|revolution|crisis|insurgency|invasion)|(?:over|in|during)\s+(?:the\s+)?(?:past|last)?\s*(?:\w+|\d+)\s+years\s+of\s+(?:war|conflict|fighting|violence)|(?:over|in)\s+the\s+(?:past|last)\s+(?:\w+|\d+)\s+years|\d+-year(?:-old)?\s+(?:civil\s+)?(?:war|conflict|insurgency)|(?:war|conflict|fighting|violence|insurgency),?\s+which\s+(?:has|had)\s+(?:killed|left|claimed))")
_PAST = re.compile(r"\b(?:years?\s+ago|last\s+year|previous\s+(?:attack|year|years|incident)|earlier\s+attack|it\s+could\s+be\s+recalled|in\s+the\s+past(?!\s+(?:(?:\d+|few|several|two|three|four|five|six|seven)\s+)?(?:days?|hours?|nights?|weeks?|weekend|fortnight|24|48|72)\b)|a\s+year\s+ago|months\s+ago|decades?|(?:months|weeks|year)-long)\b", re.I)
_BARE_MONTH = re.compile(rf"\b(?:in|In|since|Since)\s+(?:(?:late|early|mid)[- ])?(?P<mon>{_MON})(?!\s+\d)(?:\s+(?P<year>\d{{4}}))?\b")
# ('In June 2021, 160 people were killed': a past month of a past year; 'divided since July 2012' dates
# something else and is left to the running-total rules)
_YEAR = re.compile(rf"\b(?:(?:in|In|since|Since|of|during)\s+|(?:in|In|during|of)\s+(?:(?:early|late|mid)[- ])?{_MON}\.?\s+)(?P<y>(?:19|20)\d{{2}})\b")
# Every match of _EXPLICIT and _BARE_MONTH holds a month's first three letters, capitalised (_MON is
# case-sensitive): text without one needs no search. The alternation of plain literals is scanned
# for its capital first letters, where those patterns' word boundary in front makes the engine try
# every position. Keep in step with _MON.
_MONTH_STEM = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
# The verbs and nouns of fighting: a 'since <date>' frame only makes a campaign when it is about them.
_FIGHTING = re.compile(r"\b(?:bombard\w*|pound\w*|strikes?|airstrikes?|air\s+strikes?|shell\w*|fight\w*|offensive|onslaught|war|attack\w*|assault|clash\w*|battle\w*|siege|raids?|subjected)\b", re.I)
# Cheap necessary conditions (text.Cue) for the case-folding patterns above; keep in step with them.
_WEEKDAY_CUE = Cue("day")  # every weekday name: _REPORT_DAY and _WEEKDAY need one
_RELATIVE_CUE = Cue("today", "yesterday", "night", "morning")
_WAR_CUE = Cue("since", "war", "conflict", "year", "which")  # _WAR_START, _WAR_WIDE
_PAST_CUE = Cue("year", "previous", "earlier", "recalled", "past", "months", "decade", "weeks-long")
_SINCE_CUE = Cue("since")
_N_DAYS_CUE = Cue("day", "week", "month", "year")
_CUMULATIVE_CUE = Cue("same", "toll", "since", "day", "week", "month", "year")  # _SAME_PERIOD, _CAMPAIGN_TOTAL, _N_DAYS
ATTACK_WORD = re.compile(r"\b(?:attack|strike|blast|bombing|explosion|ambush|raid|massacre|shooting|stampede|crash|onslaught on the|incident)\b", re.I)


def to_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        d = date.fromisoformat(text[:10])
    except ValueError:
        return None
    return d if d.year > 1900 else None


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")[:4].rstrip("t") if text.lower().startswith("sept") else text.lower().rstrip(".")[:3]]


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _explicit(m: re.Match, ref: date | None) -> date | None:
    mon, day, year = (m.group("mon"), m.group("day"), m.group("year")) if m.group("mon") else (m.group("mon2"), m.group("day2"), m.group("year2"))
    if year:
        return _safe(int(year), _month(mon), int(day))
    if ref is None:
        return None
    d = _safe(ref.year, _month(mon), int(day))
    if d and d > ref + timedelta(days=1):
        d = _safe(ref.year - 1, _month(mon), int(day))
    return d


def weekday_before(ref: date, name: str) -> date:
    target = WEEKDAYS.index(name.lower())
    return ref - timedelta(days=(ref.weekday() - target) % 7)


# pure in (text, ref) with an immutable result, and asked again for every figure of a sentence
# (and again by control.py); a small cache covers one article, not the whole corpus
@lru_cache(maxsize=256)
def incident_day(sentence: str, ref: date | None) -> tuple[str | None, date | None]:
    """(the day as the text gives it, the ISO date) of the incident a sentence reports."""
    if _WEEKDAY_CUE(sentence):
        text = _REPORT_DAY.sub(" ", sentence)
        found = list(_WEEKDAY.finditer(text))
    else:
        text, found = sentence, []
    m = next((x for x in found if attack_day(text, x)), found[0] if found else None)
    if m:
        if m.group("year"):
            d = _safe(int(m.group("year")), _month(m.group("mon")), int(m.group("day")))
            return (d.isoformat() if d else m.group(0)), d
        wd = m.group("wd")
        late = re.search(rf"\b(late|early)\s+{wd}|{wd}\s+(night|evening|morning)", text, re.I)
        label = late.group(0) if late else wd.capitalize()
        return label, (weekday_before(ref, wd) if ref else None)
    m = _RELATIVE.search(text) if _RELATIVE_CUE(text) else None
    if m:
        w = m.group("w").lower()
        d = None
        if ref:
            d = ref - timedelta(days=1) if w == "yesterday" else ref
        return w, d
    for m in _EXPLICIT.finditer(text) if _MONTH_STEM.search(text) else ():
        d = _explicit(m, ref)
        if d:
            return d.isoformat(), d
    return None, None


ATTACK_NEAR = _ATTACK_NEAR = Folded(r"\b(?:attack\w*|onslaught|(?:air)?strikes?|struck|shell(?:ing|ed)|flattened|blasts?|bomb\w*|explosions?|killed|killing|kills|raids?|ambush\w*|massacre|clashes|fighting|stormed|hit)\b")


def names_weekday(text: str) -> bool:
    return bool(_WEEKDAY.search(text))


def names_attack_day(text: str) -> bool:
    """Does the text date an attack by its weekday ('Saturday's strike')?"""
    return any(attack_day(text, w) for w in _WEEKDAY.finditer(text))


_LAST_MONTH = re.compile(r"\b[Ll]ast\s+month\b")
_SPAN_BEFORE = re.compile(r"(?:since|the|of|past|until|till|from|through)\s+$", re.I)


def earlier_month(sentence: str, at: int) -> str | None:
    """'Last month, a drone attack on Aden killed 22 soldiers', 'air strikes that killed 23 people last
    month': a toll of last month retold in today's story is history, not today's incident. Only when
    the sentence opens on it or it follows the figure: in 'After militia expelled jihadists from the
    town last month, al-Qaeda struck back, killing 17' it dates something else. 'since last month',
    'over the last month' are spans of a running total."""
    if "ast month" not in sentence:
        return None
    for m in _LAST_MONTH.finditer(sentence):
        if _SPAN_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
            continue
        if m.start() > at or not sentence[: m.start()].strip(" \"'\u201c-"):
            return m.group(0).lower()
    return None


# 'a 2021 assault in which 160 people were killed', 'the March 2019 bombing': an attack named by its
# year, an earlier one than the report's
_YEAR_EVENT = re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Tt]hat|[Ii]ts)\s+(?:{_MON}\s+)?(?P<y>(?:19|20)\d{{2}})\s+(?:[\w-]+\s+)?"
                         r"(?:attacks?|assaults?|bombings?|massacres?|raids?|air\s*strikes?|airstrikes?|strikes?|ambush(?:es)?"
                         r"|blasts?|explosions?|shootings?|killings|offensive)\b")


# 'the worst since April 2017, when 25 police commandos were killed': the compared event's toll
_SINCE_WHEN = re.compile(rf"\bsince\s+(?:{_MON}\s+)?(?P<y>(?:19|20)\d{{2}}),?\s+when\b")


def year_event(clause: str, at: int, ref: date | None) -> str | None:
    """A figure of an attack the clause names by an earlier year ('the deadliest since a 2021 assault in
    which 160 people were killed'). A figure before a comparison ('The attack, which killed 40, was the
    deadliest since the 2019 bombing') is today's."""
    if ref is None or not ("19" in clause or "20" in clause):
        return None
    for m in _SINCE_WHEN.finditer(clause) if "when" in clause else ():
        if at > m.end() and int(m.group("y")) < ref.year:
            return m.group(0)
    for m in _YEAR_EVENT.finditer(clause):
        if int(m.group("y")) >= ref.year:
            continue
        if at < m.start() and _SUPERLATIVE.search(clause, max(0, m.start() - 60), m.start()):
            continue
        return m.group(0)
    return None


def same_period(text: str) -> bool:
    """'In that same period': the period of the running total just given."""
    return bool(_SAME_PERIOD.search(text))


def attack_day(text: str, m: re.Match) -> bool:
    """Is this weekday the day of the attack ('attacked on Saturday', 'the Saturday onslaught')?"""
    return bool(_ATTACK_NEAR.search(text[max(0, m.start() - 25): m.end() + 25]))


_ANY_WEEKDAY = Folded(_WD)


def article_attack_day(sentences: list[str], ref: date | None) -> tuple[str | None, date | None]:
    for s in sentences:
        if not (_WEEKDAY_CUE(s) and _ANY_WEEKDAY.search(s)):
            continue
        if background_marker(s, ref):
            continue  # 'the worst since March of last year, when a bombing during Friday prayers killed 58'
        text = _REPORT_DAY.sub(" ", s)
        for m in _WEEKDAY.finditer(text):
            if attack_day(text, m):
                return incident_day(text[max(0, m.start() - 25): m.end() + 25], ref)
    return None, None


# pure in (text, ref) with an immutable result, and asked again for every figure of a sentence
# (and again by control.py); a small cache covers one article, not the whole corpus
@lru_cache(maxsize=256)
def since(sentence: str, ref: date | None) -> tuple[str | None, date | None]:
    """A 'since <date>' or 'in N days' period: (text, start date)."""
    m = _SINCE.search(sentence) if _SINCE_CUE(sentence) else None
    if m and _SUPERLATIVE.search(sentence, max(0, m.start() - 100), m.start()):
        m = None  # 'the highest toll in any strike since the campaign began on March 15': a comparison
    if m:
        what = m.group("what")
        d = None
        e = _EXPLICIT.search(what)
        if e:
            d = _explicit(e, ref)
            # 'since March 2011': the '20' of the year is not a day, and the year is the stated one
            year = re.match(r"\s*[A-Za-z]+\.?\s+((?:19|20)\d{2})\b", sentence[m.start("what") + e.start():])
            if d and year:
                d = _safe(int(year.group(1)), d.month, 1)
            # 'since the war began on October 7, 2023': the year after the matched month and day
            later = re.match(r",?\s+((?:19|20)\d{2})\b", sentence[m.end():])
            if d and later and not e.group("year") and not e.group("year2"):
                d = _safe(int(later.group(1)), d.month, d.day)
        elif re.fullmatch(r"\d{4}", what.strip()):
            d = _safe(int(what), 1, 1)
        elif ref and re.fullmatch(_WD, what.strip(), re.I):
            d = weekday_before(ref, what.strip())
        return f"since {d.isoformat()}" if d else m.group(0), d
    m = _N_DAYS.search(sentence) if _N_DAYS_CUE(sentence) else None
    if m and m.group("one"):  # 'over the past year'
        unit = m.group("one").lower()
        days = {"week": 7, "month": 30, "year": 365}[unit]
        return f"1 {unit}", ref - timedelta(days=days - 1) if ref else None
    if m:
        n = parse_number(m.group("n").replace("-", " ")) if not m.group("n").isdigit() else int(m.group("n"))
        if n:
            unit = m.group("unit").lower().rstrip("s")
            days = n * {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
            start = ref - timedelta(days=days - 1) if ref else None
            return f"{m.group('n')} {m.group('unit')}", start
    return None, None


_SUPERLATIVE = re.compile(r"\b(?:highest|deadliest|worst|largest|biggest|heaviest|bloodiest)\b[^.;]{0,60}$", re.I)


def is_recent(d: date | None, ref: date | None, days: int = 200) -> bool:
    return bool(d and ref and timedelta(0) <= ref - d <= timedelta(days=days))


def campaign_frame(sentence: str, ref: date | None) -> tuple[str, date | None] | None:
    """A sentence that sets a running campaign ('pounded ... since April 19'): its period."""
    if "since" not in sentence.lower() or not _FIGHTING.search(sentence) or _WAR_START.search(sentence):
        return None
    text, start = since(sentence, ref)
    if text and text.startswith("since") and is_recent(start, ref):
        return text, start
    if ref is None and text and text.startswith("since") and _EXPLICIT.search(text) and not re.search(r"\b(?:19|20)\d{2}\b", text):
        # undated copy: 'since October 7' without a year is this year's campaign (an older start
        # would carry its year), though no day can be put on it
        return text, None
    return None


# pure in (text, ref) with an immutable result, and asked again for every figure of a sentence
# (and again by control.py); a small cache covers one article, not the whole corpus
@lru_cache(maxsize=256)
def recent_war(sentence: str, ref: date | None) -> tuple[str, date] | None:
    """'since the war began in October 2023' in a 2023 article: the front's own running total."""
    m = _war(sentence)
    if not m or ref is None:
        return None
    y = re.search(rf"(?:(?P<mon>{_MON})\s+)?\b(?P<y>(?:19|20)\d{{2}})\b", sentence[m.start():])
    if not y or ref.year - int(y.group("y")) > 1:
        return None
    start = _safe(int(y.group("y")), _month(y.group("mon")) if y.group("mon") else 1, 1)
    return (f"since {start.isoformat()[:7]}", start) if start else None


# pure in (text, ref) with an immutable result, and asked again for every figure of a sentence
# (and again by control.py); a small cache covers one article, not the whole corpus
@lru_cache(maxsize=256)
def _war(sentence: str) -> re.Match | None:
    return (_WAR_START.search(sentence) or _WAR_WIDE.search(sentence)) if _WAR_CUE(sentence) else None


# 'from January to the end of June', 'between March and May': a total over months
_MONTH_SPAN = re.compile(rf"\b(?:[Ff]rom|[Bb]etween)\s+(?:(?:early|late|mid)[- ])?{_MON}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?\s+(?:to|and|until|through)\s+(?:the\s+(?:end|middle)\s+of\s+)?(?:(?:early|late|mid)[- ])?{_MON}")


# 'so far this year', 'in the first half of this year', 'in 2024 alone': a running total of this year
_THIS_YEAR = Folded(r"\b(?:so\s+far\s+this\s+year|this\s+year\s+alone|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year"
                    r"|(?:in|during|over)\s+the\s+first\s+(?:half|quarter|[\w-]+\s+(?:months|weeks))\s+of\s+(?:this|the)\s+year"
                    r"|in\s+\d{4}\s+alone"
                    # ('more than 2,700 civilians have been killed in Haiti this year')
                    r"|(?:been\s+(?:killed|wounded|injured)|have\s+died|ha(?:s|ve)\s+killed)\b[^.;]{0,40}?(?<!earlier\s)(?<!early\s)\bthis\s+year)\b")


# 'the campaign of US airstrikes ... has killed over 80 people': a whole campaign's toll
_CAMPAIGN_KILLED = Folded(r"\bcampaign\b[^.;]{0,160}?\b(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:killed|left|claimed)\b")


def campaign_total(sentence: str) -> str | None:
    """'The campaign ... has killed N': the campaign's own running total (where, the caller decides)."""
    return "the campaign" if "campaign" in sentence.lower() and _CAMPAIGN_KILLED.search(sentence) else None


def _this_year(sentence: str) -> bool:
    m = _THIS_YEAR.search(sentence)
    return bool(m and not _SUPERLATIVE.search(sentence, max(0, m.start() - 60), m.start()))  # 'the deadliest so far this year'


def cumulative_marker(sentence: str) -> bool:
    return (_CUMULATIVE_CUE(sentence) and bool(_SAME_PERIOD.search(sentence) or _CAMPAIGN_TOTAL.search(sentence) or _N_DAYS.search(sentence)
                                               or _this_year(sentence))) \
        or bool(_MONTH_SPAN.search(sentence))


# pure in (text, ref) with an immutable result, and asked again for every figure of a sentence
# (and again by control.py); a small cache covers one article, not the whole corpus
@lru_cache(maxsize=256)
def background_marker(sentence: str, ref: date | None, war_only: bool = False) -> str | None:
    """Why a sentence speaks of another time (war-wide totals, earlier attacks), or None."""
    m = _war(sentence)
    if m and _SUPERLATIVE.search(sentence, max(0, m.start() - 60), m.start()):
        m = None  # 'the deadliest attack since the 2021 coup': a comparison, not a toll since then
    if m:
        y = re.search(r"\b(?:19|20)\d{2}\b", sentence[m.start():])
        if y and ref and ref.year - int(y.group(0)) <= 1:
            return None  # a war that began this year is the front's own running total, not history
        return f"since {y.group(0)}" if y else m.group(0)
    if war_only:
        return None
    m = _PAST.search(sentence) if _PAST_CUE(sentence) else None
    if m and m.group(0).lower().startswith(("earlier", "previous")) and _WEEKDAY.search(sentence):
        m = None  # 'an earlier attack on Friday on the city's hospital': days before, the same war's week, not history
    if m:
        return m.group(0)
    for m in _YEAR.finditer(sentence) if "19" in sentence or "20" in sentence else ():  # a year's first digits
        y = int(m.group("y"))
        if m.group(0).lower().startswith("since") and _SUPERLATIVE.search(sentence, max(0, m.start() - 60), m.start()):
            continue  # 'In the deadliest ambush since 2010, 24 personnel died': a comparison, no period
        if ref and y < ref.year:
            if m.group(0).lower().startswith("since") and y >= ref.year - 1:
                continue
            return m.group(0)
    m = _BARE_MONTH.search(sentence) if _MONTH_STEM.search(sentence) else None
    if m and not m.group(0).lower().startswith("since"):
        mon = _month(m.group("mon"))
        if ref is None or m.group("year") or mon != ref.month or True:
            return m.group(0)
    return None
