"""Article -> casualty and control events: the rule system of issue 3.

Per article: clean the text (text.py), find the theatre it is about (fronts.py), walk the sentences
in order keeping the last named source (sources.py) and the current scene, read every casualty
figure (casualties.py) and territorial change (control.py), decide each figure's scope, period and
front, then drop restatements (the headline repeating the lead, a quote repeating the toll).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from schemas.models import Article, CasualtyEvent, ControlEvent
from streams.core import casualties, control, dates, fronts, geo, lexicon, parties, scale
from streams.core.theatre import Theatres, country_of_places, default_locations, shouted, where_countries
from streams.core.ids import event_id, fingerprint
from streams.core.sources import Attributor
from streams.core.text import Cue, Folded, Sentence, clean_body, normalise

# A figure dated more than this many days before its report, in an article whose own incident is
# recent, is an earlier attack the article recalls
EARLIER_INCIDENT_DAYS = 7
# ... and a figure dated more than this many days back is history in any article
HISTORY_DAYS = 60

_TOWN_OF = re.compile(r"\b(?:town|village|city|hamlet)\s+of\s+$")
# ('At least 600 were killed in the West Bank since the war in Gaza began' sets no scene)
_SCENE = re.compile(r"^(?:In|At(?!\s+(?:least|most)\b)|Elsewhere|Meanwhile|Separately|In\s+another|In\s+a\s+separate|Earlier\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|in\s+the\s+day)\b,?\s+(?:an?|another)\s)\b")
_ATTRIBUTIVE_WAR = re.compile(r"\s+(?:war|conflict|offensive|fighting)\b", re.I)
_WAR_IN = re.compile(r"\b(?:war|conflict|fighting|offensive)\s+(?:in|on)\s+(?:the\s+)?$", re.I)  # 'since the war in Gaza began'
_BRACKETED = re.compile(r"\([^()]*\)")
# (a monitor that 'has documented the killing of 5,812 civilians' over a year keeps a running total too)
_RUNNING = re.compile(r"\b(?:ha(?:ve|s|d)\s+(?:now\s+|also\s+|so\s+far\s+|reportedly\s+)?(?:been\s+)?(?:killed|died|wounded|injured|left|claimed|documented|recorded|registered|verified)|death\s+toll)\b", re.I)
# 'bringing its death toll to', 'bringing the total to', 'bringing the number of people killed this month to'
_HAS_KILLED = re.compile(r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|also\s+|reportedly\s+)?(?:been\s+)?(?:killed|died)\b", re.I)
_BRINGING = re.compile(r"\bbring(?:ing|s)?\s+(?:the|(?P<own>its|their))\s+(?:(?:overall\s+|total\s+)?(?:death\s+)?toll|total"
                       r"|number\s+of\s+(?:[\w-]+\s+){0,2}?(?:killed|dead|deaths|casualties|fatalities|wounded|injured))\b", re.I)
_TOLL_UPDATE = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|increased|increases|mounted|jumped|reached|reaches|has\s+hit|now\s+stands)\b", re.I)
_DATELINE_DATE = re.compile(r"^\s*(?:[A-Z][A-Za-z .'-]{0,30},\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*\([^)]{1,40}\)\s*[-\u2013\u2014]*")
# a sentence that leaves the story's scene for another incident ('In a separate incident', 'Earlier on Tuesday')
_SEPARATE = re.compile(r"^(?:Elsewhere|Meanwhile|Separately|In\s+(?:another|a\s+separate)|Also\s+on\s+\w+"
                       r"|Earlier\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|in\s+the\s+day))\b")
_IT_HAS_KILLED = re.compile(r"^It\s+(?:has|had)\s+(?:so\s+far\s+|now\s+|since\s+)?(?:killed|left|claimed)\b")
_WAR_SUBJECT = re.compile(r"\b(?:war|conflict|insurgency|civil\s+war|uprising|rebellion)\b", re.I)
_CAMPAIGN_HAS_KILLED = re.compile(r"\b(?:offensive|war(?!\s+(?:planes|jets|aircraft))|campaign|assault|bombardment|onslaught|siege|insurgency|fighting)\s+"
                                  r"(?:\w+\s+){0,6}?(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?(?:killed|left|claimed)\s+(?:\w+\s+){0,2}$", re.I)
_RECALL_CUE = re.compile(r"\b(?:days|weeks)\s+after\b|\b(?:last|previous|earlier)\s+(?:attack|strike|raid|bombing)\b|\blast\s+(?:week|month)'s\b|\bearlier\s+(?:attack|strike|raid)\b|\bprevious\s+(?:attack|strike|raid)\b", re.I)
_NEW_ATTACK = re.compile(r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:strike|airstrike|attack|bombing|raid|blast|explosion|ambush|assault)\b", re.I)
_RECALLED = re.compile(r"\b(?:other\s+targets|last\s+(?:week|month|year)|(?:weeks|months|years)\s+ago|the\s+(?:last|previous)\s+one|(?:previous|earlier)\s+(?:attacks?|strikes?|raids?|bombings?|ambush(?:es)?))\b", re.I)
# 'The last one, also in Soum, resulted in the death of a dozen soldiers', 'a previous attack killed 12',
# 'killed in the same district early this year': another attack than the story's, before it
_PRIOR_ATTACK = re.compile(r"\b(?:(?:early|earlier)\s+this\s+year|the\s+(?:last|previous)\s+one|(?:the|a)\s+previous\s+(?:attacks?|strikes?|raids?|bombings?|ambush(?:es)?|assaults?))\b", re.I)
# every _RECALLED / _PRIOR_ATTACK match holds one of these (keep in step)
_RECALLED_CUE = Cue("last", "ago", "previous", "earlier", "other targets")
_PRIOR_CUE = Cue("last one", "previous", "this year")
_SCENE_AT = re.compile(r"^(?:In|At)\b(?!\s+(?:another|a\s+separate)\b)")
_BOTH_SIDES = re.compile(r"\b(?:most(?:ly)?|majority)\b[^.;]{0,20}?\bon\s+the\s+[A-Z][a-z]+\s+side\b"
                         r"|\b(?:killed|dead|deaths|casualties|toll)\s+on\s+both\s+sides\b")
_YEAR_START = re.compile(r"\b(?:start|beginning)\s+of\s+(?:the|this)\s+year\b", re.I)
_SINCE_INVASION = re.compile(r"\bsince\s+(?:the\s+(?:start\s+of\s+the\s+|beginning\s+of\s+the\s+)?(?:full[- ]scale\s+)?invasion|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+(?:launched\s+(?:its|a|the)\s+(?:full[- ]scale\s+)?invasion|invaded))\b")
_ACROSS = re.compile(r"\b(?:across|throughout)\s+(?:all\s+of\s+|the\s+whole\s+of\s+)?(?P<place>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})")


def _country_wide(text: str) -> str | None:
    """'across Haiti', 'throughout Somalia': a figure for the whole country."""
    for m in _ACROSS.finditer(text):
        if fronts.country_mentions(m.group("place")):
            return m.group(0)
    return None


_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|in\s+all|overall)\b", re.I)
_PART_OF = Folded(r"\b(?:the\s+remainder|the\s+rest\s+(?:of|were)|remaining\s+\w+\s+were|while\s+the\s+rest)\b")


@dataclass
class _Fig:
    fig: casualties.Figure
    sent: Sentence
    source: str | None
    scope: str
    period: str | None
    period_start: date | None
    event_date: date | None
    front: str
    front_name: str
    location: str | None
    update: bool = False


@lru_cache(maxsize=1)
def _war_toll_fronts() -> tuple[tuple[str, str, str | None], ...]:
    return tuple((lexicon.slug(f["name"]), f["name"], f.get("country")) for f in lexicon.fronts()["fronts"]
                 if f.get("war_toll"))


def _war_front(sentence: str, ms: list[fronts.Mention], country: str | None,
               mentions: list[list[fronts.Mention]]) -> tuple[str, str] | None:
    """The front a war-wide toll belongs to when the war is fought in one theatre the article names
    (fronts.json 'war_toll') and the toll is that war's: the article's country is the front's, or
    the sentence (its places ``ms``) names the front or its people ("the overall Palestinian death toll")."""
    named = {m.front for row in mentions for m in row}
    for fid, name, front_country in _war_toll_fronts():
        other = next((m for m in ms if m.front != fid and m.locative and m.level == "gazetteer"), None)
        own = [m for m in ms if m.front == fid]
        if other and own and all(_ATTRIBUTIVE_WAR.match(sentence, m.start + len(m.name))
                                 or _WAR_IN.search(sentence, max(0, m.start - 30), m.start) for m in own):
            # 'killed across the West Bank since the Gaza war broke out': that war's toll on the other front
            return other.front, other.front_name
        if fid in named and (front_country == country or any(m.front == fid for m in ms)
                             or front_country in fronts.country_mentions(sentence)):
            return fid, name
    return None


def _countries(sentences: list[Sentence]) -> tuple[list[str], set[str]]:
    """The countries the article names, the one it puts things in first: "Israeli strikes on south
    Lebanon" is a story about Lebanon however often the attacker's adjective recurs. Also the
    countries it puts something in ('in Lebanon', 'south Lebanon')."""
    counts: Counter[str] = Counter()
    located: set[str] = set()
    for s in sentences:
        # '(IS, banned in Russia)': a gloss in brackets puts nothing anywhere
        text = _BRACKETED.sub("", s.text) if "(" in s.text else s.text
        named = fronts.country_mentions(text)
        counts.update(named)
        if named:  # where_countries finds only countries the sentence names
            for country in where_countries(text):
                counts[country] += 3
                located.add(country)
    return [c for c, _ in counts.most_common()], located


def _country_front(country: str | None) -> tuple[str, str]:
    return (lexicon.slug(country), country) if country else ("unknown", "unknown")


@lru_cache(maxsize=64)
def _foreign_fronts(country: str | None) -> frozenset[str]:
    """The curated fronts (fronts.json) that lie in another country than the article's."""
    if not country:
        return frozenset()
    return frozenset(lexicon.slug(f["name"]) for f in lexicon.fronts()["fronts"]
                     if f.get("country") and f["country"] != country)


def _main_front(sentences: list[Sentence], mentions: list[list[fronts.Mention]], figure_sents: set[int],
                theatres: Theatres, parents: dict[str, str], country: str | None = None) -> tuple[str, str] | None:
    score: dict[str, float] = defaultdict(float)
    names: dict[str, Counter] = defaultdict(Counter)
    first_body = next((s.index for s in sentences if not s.headline), None)
    abroad = _foreign_fronts(country)
    # a dateline ('BEIRUT (AP) -') says where the copy was filed: it weighs only for a place the
    # article names again (most Middle East copy is filed from Beirut, whatever it reports)
    elsewhere = {m.front for s, ms in zip(sentences, mentions) for m in ms if not (m.start == 0 and m.name.isupper())}
    for s, ms in zip(sentences, mentions):
        separate = not s.headline and s.index != first_body and bool(_SEPARATE.match(s.text))
        recalled = (not s.headline and s.index != first_body and not separate and _RECALLED_CUE(s.text)
                    and bool(_RECALLED.search(s.text)))
        for m in ms:
            if m.start == 0 and m.name.isupper() and m.front not in elsewhere:
                continue
            w = 2.0 if m.locative else 0.3
            w *= {"admin": 0.4, "sub": 0.4, "town": 1.0, "gazetteer": 1.5}[m.level]
            if m.front in abroad:
                w *= 0.2  # 'the war in Gaza' in a story about a strike in Lebanon
            if s.headline or s.index == first_body:
                w *= 2
            if s.index in figure_sents:
                w *= 1.5
            if separate:
                # 'In a separate incident, ... in Bajaur', 'Earlier on Tuesday, a strike ... in the nearby
                # town of Jiyeh': another incident's place, not the story's
                w *= 0.15
            if recalled:
                w *= 0.3  # 'just last week, two police stations were attacked in Soum': an earlier attack's place
            score[m.front] += w
            if m.level != "sub":
                names[m.front][m.front_name] += 1
        if s.index == first_body or s.headline:
            d = fronts.dateline(s.text)
            if d:
                fid, fname = theatres.of_name(d) or (lexicon.slug(d), d)
                if fid in elsewhere:
                    score[fid] += 1.0
                    names[fid][fname] += 1
    if not score:
        return None
    # 'Zabarmari ... in Borno State': a province named around a curated theatre inside it, where the
    # figures or the lead put the story, is that theatre's context
    for child, parent in parents.items():
        if parent in score and any(m.front == child and m.locative for s, ms in zip(sentences, mentions) for m in ms
                                   if s.headline or s.index == first_body or s.index in figure_sents):
            score[child] += score.pop(parent)
    # 'Damascus' inside 'southern Damascus', 'Mosul' inside 'west Mosul': the city counts for its named part
    gaz_names = {fid: n for fid, c in names.items() for n in c if fronts.gazetteer_front(n)}
    for fid in list(score):
        if fronts.gazetteer_front(fid.replace("-", " ")) or fid in gaz_names:
            continue
        for gid, gname in gaz_names.items():
            if gid != fid and f" {fid.replace('-', ' ')} " in f" {gname.lower()} ":
                score[gid] += score.pop(fid)
                break
    best = max(score, key=lambda f: (score[f], f))
    name = names[best].most_common(1)[0][0] if names[best] else best
    return best, name


_AND_BETWEEN = re.compile(r"\s*(?:,\s*|\s+and\s+|\s*,\s+and\s+)$")


def _figure_places(text: str, figs: list, ms: list[fronts.Mention], known: set[str]) -> dict[int, tuple[str, str]]:
    """'killed one man in the southern city of Mykolaiv and injured at least 13 others in Kyiv': where
    one sentence tells two places' figures, each figure's place is the one named right after it,
    before the next figure (by id of the figure). Empty unless the sentence names two fronts so."""
    places = sorted((m for m in ms if m.locative and m.front in known and m.level in ("town", "gazetteer", "admin")),
                    key=lambda m: m.start)
    if len({m.front for m in places}) < 2:
        return {}
    order = sorted(figs, key=lambda f: f.amount.start)
    out: dict[int, tuple[str, str]] = {}
    for f, nxt in zip(order, [*order[1:], None]):
        end = nxt.amount.start if nxt is not None else len(text)
        after = next((m for m in places if f.amount.end <= m.start < end and m.start - f.amount.end <= 80), None)
        if after is not None:
            out[id(f)] = (after.front, after.front_name)
    return out if len(set(out.values())) > 1 else {}


def _joined_fronts(text: str, ms: list[fronts.Mention], known: set[str]) -> bool:
    """Does the sentence name two known fronts joined by 'and' ('Kharkiv and Zaporizhzhia')?"""
    # (two provinces too: 'separate attacks across villages in Zamfara and Katsina State')
    places = sorted((m for m in ms if m.locative and m.front in known and m.level in ("town", "gazetteer", "admin")),
                    key=lambda m: m.start)
    return any(a.front != b.front and a.start + len(a.name) <= b.start and (a.level == "admin") == (b.level == "admin")
               and _AND_BETWEEN.fullmatch(text, a.start + len(a.name), b.start) is not None
               and " and " in text[a.start + len(a.name): b.start + 1]
               for a, b in zip(places, places[1:]))


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _toll_update_day(text: str, day_text: str) -> bool:
    """Is the sentence's day the day a toll rose ('rose to 30 on Sunday'), not the attack's
    ('Saturday's strike', 'the Jan. 14 strike': an attack's own day stays)?"""
    return bool(dates.names_weekday(day_text) and _TOLL_UPDATE.search(text) and not dates.names_attack_day(text))


_OPENS_ON_A_DAY = re.compile(r"^(?:On\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|^On\s+\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


def _recalls_earlier(text: str, ref: date | None) -> bool:
    """A sentence that opens on a day more than a week before the report and tells of an attack
    ('On March 17, the carrier struck ...')."""
    if ref is None or not _OPENS_ON_A_DAY.match(text) or not dates.ATTACK_NEAR.search(text):
        return False  # ('On May 20, the president visited the front' recalls no attack)
    _, day = dates.incident_day(text, ref)
    return bool(day and (ref - day).days > EARLIER_INCIDENT_DAYS and not dates.since(text, ref)[0])


def _there(prev: list[fronts.Mention], known: set[str]) -> fronts.Mention | None:
    """'... in Afghanistan's southern Kandahar province. There, gunmen stormed the checkpoint in
    Maiwand district ...': 'There' opens its sentence at the known place the sentence before ends on."""
    places = [m for m in prev if m.locative and m.front in known]
    return max(places, key=lambda m: m.start) if places else None


def _scene_place(text: str, ms: list[fronts.Mention], other_than: str | None = None) -> fronts.Mention | None:
    """The place a scene-setting sentence moves the story to. After a bare "In"/"At" it must be in the
    opening phrase ("In Herat province, ..."), or "In that same period, ... in Yarmuk" would move it."""
    opening = len(text)
    if _SCENE_AT.match(text):
        comma = text.find(",")
        opening = comma if 0 < comma < 80 else 80
    for m in sorted(ms, key=lambda m: m.start):
        if m.locative and m.level in ("gazetteer", "town", "admin") and m.front != other_than:
            return m if m.start < opening else None
    return None


def _read_figures(sentences: list[Sentence], country: str | None,
                  among: set[int] | None = None) -> list[list[casualties.Figure]]:
    """Every sentence's figures; 'six others' or 'Four of them' look back at most four sentences.
    ``among``: the sentences that held figures when read for another country (whether a sentence
    holds a figure does not depend on the country, only whose the victims are)."""
    found: list[list[casualties.Figure]] = []
    for s in sentences:
        if among is not None and s.index not in among:
            found.append([])
            continue
        recent = [] if s.headline else [f for prior, figs in zip(sentences, found) if not prior.headline
                                         and s.index - 4 <= prior.index < s.index for f in figs]
        found.append(casualties.find(s.text, country, recent))
    return found


def _location(ms: list[fronts.Mention], front: str, known: set[str]) -> str | None:
    """The most specific place of this front the sentence names; failing that, a place the sentence
    puts the figure in that belongs to no known front (a village no gazetteer has)."""
    own = [m for m in ms if m.front == front]
    rank = {"sub": 0, "gazetteer": 1, "town": 2, "admin": 3}
    # a place named apart from the front's own name is the more specific ('Khirbet X, west of Aleppo')
    if own:
        return min(own, key=lambda m: (m.name == m.front_name, rank.get(m.level, 4))).name
    return next((m.name for m in ms if m.locative and m.level in ("sub", "town") and m.front not in known
                 and not shouted(m.name)), None)


def extract_events(article: Article, received_at: str) -> list[CasualtyEvent | ControlEvent]:
    reported_at = article.published_at or received_at
    ref = dates.to_date(article.published_at) or dates.to_date(received_at)
    if ref == date.min:  # a replay of copy with no date at all: "on Friday" cannot be placed
        ref = None
    body_sents = clean_body(article.body, article.headline)
    fp = fingerprint(" ".join(s.text for s in body_sents) or article.body)
    sentences = list(body_sents)
    if article.headline:
        head = normalise(article.headline).strip()
        if head and not head.startswith("("):
            sentences.append(Sentence(head, -1, -1, headline=True))
    named_countries, located_countries = _countries(sentences)
    country = named_countries[0] if named_countries else None

    # first pass: which sentences hold figures (they weigh in choosing the theatre)
    found = _read_figures(sentences, country)
    figure_sents = {s.index for s, f in zip(sentences, found) if f}
    # places are looked for where they can matter: the lead, scene changes, figures, territorial verbs
    mentions = [fronts.mentions(s.text) if (s.headline or s.index < 6 or s.index in figure_sents
                                             or _SCENE.match(s.text) or control.has_verb(s.text)) else []
                for s in sentences]
    if country is None or len(named_countries) > 1 or country not in located_countries:
        # no country named: the provinces and cities the article names tell it. Several named ("a
        # Russian missile struck Kharkiv, Ukraine"), or one named as no more than an adjective
        # ("Russian troops struck Kramatorsk station"): the one its places lie in
        placed = country_of_places(mentions)
        if placed and placed != country and (country is None or placed in named_countries
                                             or country not in located_countries):
            country = placed  # party keys and sides depend on the country: read the figures again
            found = _read_figures(sentences, country, figure_sents)
    theatres = Theatres(mentions, country, named_countries, [s.text for s in sentences])
    mentions = theatres.resolve([s.text for s in sentences], mentions)
    # In a Title Case headline every word is capitalised, so "Central Syria Attack" looks like a
    # place: there only places the gazetteer or GeoNames knows count.
    mentions = [[m for m in ms if m.front in theatres.known] if ms and _title_case(s.text) else ms
                for s, ms in zip(sentences, mentions)]
    usual_place = default_locations(mentions)
    parents = theatres.parents(mentions)
    main = _main_front(sentences, mentions, figure_sents, theatres, parents, country) or _country_front(country)
    scene_fronts = []
    prev_ms: list[fronts.Mention] = []
    for s, ms in zip(sentences, mentions):
        if not s.headline and _SCENE.match(s.text) and s.index > 0:
            m = _scene_place(s.text, ms)
            if m:
                scene_fronts.append((m.front, m.front_name))
        elif not s.headline and s.text.startswith("There,") and (m := _there(prev_ms, theatres.known)):
            scene_fronts.append((m.front, m.front_name))
        if not s.headline:
            prev_ms = ms
    lead_front = main
    if len({f for f, _ in scene_fronts}) >= 2:
        lead_front = _country_front(country)

    frame = None
    frame_fronts: set[str] = set()  # where the campaign is fought, when its sentence names a place
    frame_from = 0  # the sentence that tells the campaign
    for s, ms in zip(sentences, mentions):
        if not s.headline and frame is None:
            frame = dates.campaign_frame(s.text, ref)
            frame_fronts = {m.front for m in ms if m.locative} if frame else set()
            frame_from = s.index
    article_day = dates.article_attack_day([s.text for s in sentences if not s.headline], ref)

    body_text = {s.index: s.text for s in body_sents}
    mentions_by_index = {s.index: ms for s, ms in zip(sentences, mentions) if not s.headline}
    attributor = Attributor(country)
    current = lead_front
    out: list[_Fig] = []
    last_cumulative: _Fig | None = None
    recalled = -2  # the index of the last body sentence dated weeks before the report
    for s, ms, figs in zip(sentences, mentions, found):
        if not figs:
            if not s.headline:
                attributor.note(s.text)
                if _recalls_earlier(s.text, ref):
                    recalled = s.index
            if not (_SCENE.match(s.text) and not s.headline):
                continue
        source = attributor.attribute(s.text) if not s.headline and figs else None
        by_clause = attributor.clause_sources(s.text, source) if source and len(figs) > 1 else None
        if not s.headline and _SCENE.match(s.text):
            m = _scene_place(s.text, ms, current[0])
            if m:
                current = (m.front, m.front_name)
        elif not s.headline and s.text.startswith("There,") and (m := _there(mentions_by_index.get(s.index - 1, []), theatres.known)):
            current = (m.front, m.front_name)
        # "April 12 (Reuters) -": the dateline's date is the report's, not the incident's
        day_text, day = dates.incident_day(_DATELINE_DATE.sub("", s.text, count=1), ref)
        update_day = bool(day_text and any(f.toll for f in figs) and _toll_update_day(s.text, day_text))
        # a running total's start ('since the war began on October 7, 2023') is no day of an incident
        since_text, since_start = dates.since(s.text, ref) if figs else (None, None)
        period_start = bool(figs and day and since_start == day)
        # a day weeks before the report is an earlier incident's ('days after ... killed four on April 6'),
        # not the day of the incident the article reports
        # (a late report of the article's only attack is still that attack: 'killed five on May 26' in a June story)
        earlier = bool(day and ref and (ref - day).days > EARLIER_INCIDENT_DAYS and not update_day and not since_text
                       and ((article_day[1] is not None and (ref - article_day[1]).days <= EARLIER_INCIDENT_DAYS)
                            or _RECALL_CUE.search(s.text) or (ref - day).days > HISTORY_DAYS))
        if earlier:
            recalled = s.index
        elif (not s.headline and not day_text and not since_text and recalled == s.index - 1 and not _SCENE.match(s.text)
              and not _RUNNING.search(s.text) and not _NEW_ATTACK.search(s.text)):
            # (a running total runs up to the report; 'A drone strike killed five' tells of another attack)
            # 'On March 17, the carrier struck rebel bases. ... the ministry says 53 were killed': the
            # sentence right after one dated weeks back, with no time of its own, goes on about that time
            earlier, day_text, recalled = True, "earlier", s.index
        if figs and day_text and article_day[0] is None and not s.headline and not update_day and not period_start \
                and not earlier:
            article_day = (day_text, day)
        if day_text and article_day[0] and article_day[1] != day and not dates.names_attack_day(s.text) and not earlier:
            day_text, day = article_day
        if not figs:
            continue
        # the headline (read last) sums up the lead, not the body's last scene ("Meanwhile, ... in Kherson")
        front = lead_front if s.headline else current
        # a figure "in Borno State" on the Zabarmari front stays there: the province is its context
        # ('in the nearby town of Jiyeh, close to Barja': a place the text calls a town or village is
        # one even when no gazetteer knows it; a place named only as a bearing does not hold the figure)
        own = [m for m in ms if m.locative and (m.front in theatres.known or _TOWN_OF.search(s.text, 0, m.start))
               and m.front != front[0] and parents.get(front[0]) != m.front]
        if own and not any(m.front == front[0] and m.locative for m in ms):
            front = (own[0].front, own[0].front_name)
        if front == lead_front and lead_front != main and any(m.front == main[0] for m in ms):
            front = main
        joined = _joined_fronts(s.text, ms, theatres.known)
        if joined:
            # 'attacks on the cities of Kharkiv and Zaporizhzhia killed six': a toll of two fronts together
            # is neither's; it goes to the country, where no front's tally counts it
            front = _country_front(country)
        # a war's running total on one front since a recent date is that front's cumulative figure
        recent_total = since_start is not None and dates.is_recent(since_start, ref)
        war_wide = None if recent_total else dates.background_marker(s.text, ref, war_only=True)
        if (not war_wide and since_text and "year" in since_text and _YEAR_START.search(since_text)
                and not any(m.locative for m in ms)):
            # 'a wave of ADF attacks since the start of the year had killed nearly 200 people', told for no
            # place: the whole campaign's toll this year, across its fronts, not the story's front's
            war_wide = since_text
        if not war_wide and "nva" in s.text and not any(m.locative for m in ms) and (inv := _SINCE_INVASION.search(s.text)):
            # 'killed since Russia invaded on February 24', told for no place: the whole war's toll, however recent
            war_wide = inv.group(0)
        # An old start date is a running total of this front ("had been killed in Gaza since October
        # 7, 2023"), or of the whole country ("in eastern and northern Syria ... since September
        # 2014": background), or it dates something else ("the city, divided since July 2012").
        if (since_text and (recent_total or since_start is None) and not war_wide and country and not ms
                and country in where_countries(s.text)):
            # 'the violence since October has killed some 600 people in Lebanon': the country's toll, no front's
            war_wide = since_text
        old_total = bool(since_start and not recent_total and _RUNNING.search(s.text))
        if old_total and not war_wide and not any(m.front in theatres.known for m in ms):
            # a total since long ago that the sentence ties to no front is the country's war's
            # ("in eastern and northern Syria ... since September 2014", "killed by the junta since
            # the 2021 coup")
            war_wide = since_text
        if not war_wide and not since_text and not day_text and not any(m.front in theatres.known for m in ms):
            # 'the campaign of airstrikes on the rebels has killed over 80 people', tied to no known
            # place: the whole campaign's toll, across the country, not one front's
            war_wide = dates.campaign_total(s.text)
        own_place = _figure_places(s.text, figs, ms, theatres.known) if len(figs) > 1 and len(ms) > 1 and not joined else {}
        for f in figs:
            update = False  # a risen toll of an earlier incident, with no day of its own
            # another time named in another clause ('- marking the highest toll since ... 2005') is not this figure's
            c_start, c_end = _clause(s.text, f.amount.start)
            clause = s.text[c_start:c_end]
            background = (war_wide or dates.background_marker(clause, ref)
                          or (None if day_text and not earlier else dates.earlier_month(clause, f.amount.start - c_start))
                          or dates.year_event(clause, f.amount.start - c_start, ref)
                          or (prior.group(0) if _PRIOR_CUE(clause) and (prior := _PRIOR_ATTACK.search(clause)) else None))
            if not background and earlier and not f.toll and not f.subset:
                background = day_text  # an attack of weeks before, recalled: another time's figure
            if background and recent_total and dates.background_marker(clause, ref, war_only=True):
                background = None
            if not background and not recent_total:
                background = scale.war_total(s.text, f.amount.count, f.outcome)
                if not background and not any(m.locative for m in ms):
                    background = scale.invasion(s.text, f.amount.count)
            if not background and ("cross" in s.text or "hroughout" in s.text):
                background = _country_wide(s.text)  # 'some 1,520 people were killed across Haiti from April to June'
            if (not background and f.amount.count >= 100 and not ms and country and not recent_total
                    and dates.cumulative_marker(s.text) and country in where_countries(s.text[f.amount.end:])):
                # 'More than 3,600 people have been killed in Haiti in the first six months': the whole country's
                background = f"in {country}"
            if (not background and not s.headline and _IT_HAS_KILLED.match(s.text)
                    and _WAR_SUBJECT.search(body_text.get(s.index - 1, ""))):
                # 'The war ... began in April 2023. It has killed more than 24,000 people': the war's toll
                background = "the war"
            if (not background and not s.headline and "since then" in s.text and not any(m.locative for m in ms)
                    and dates.background_marker(body_text.get(s.index - 1, ""), ref, war_only=True)):
                # '... since the army seized power on Feb. 1, 2021. More than 7,700 people have been killed by
                # security forces since then': the toll since the start the sentence before gives, the war's
                background = "since then"
            if (not background and not s.headline and " side" in s.text and not any(m.locative for m in ms)
                    and _BOTH_SIDES.search(s.text)):
                # 'More than 120 civilians have been killed, most of them on the Lebanese side': a toll
                # across the border of the war, not one front's
                background = "both sides"
            if not background and f.amount.count >= 10_000 and not ms and _SO_FAR.search(s.text):
                background = "so far"  # 'More than 20,000 people have been killed so far' tied to no place: the war's
            # (a running total: 'Hamas-led militants killed some 1,200 people in the Oct. 7 attack that
            # triggered the war' is one past attack, not the Gaza war's toll)
            war_front = _war_front(s.text, ms, country, mentions) if background and (f.toll or _RUNNING.search(s.text)) else None
            if war_front:
                # "the overall death toll had risen to 54,927": the Gaza war's toll is the front's
                scope, period, start, ev = "cumulative", since_text or background, since_start, ref
                fid, fname = war_front
                loc = None
            elif background:
                scope, period, start, ev = "background", background, None, None
                fid, fname = _country_front(country)
                loc = None
            else:
                fid, fname = own_place.get(id(f), front)
                loc = _location(ms, fid, theatres.known) or usual_place.get(fid)
                if f.subset:
                    scope = "subset"
                elif (since_text and (since_start is None or recent_total or old_total)) or dates.cumulative_marker(s.text):
                    scope = "cumulative"
                elif (bring := _BRINGING.search(s.text, 0, f.amount.start)) is not None:
                    # "two soldiers were killed, bringing its death toll in the offensive to 400": a
                    # running total, of the victims just named when it is "its"/"their" toll
                    scope = "cumulative"
                    own = [g for g in figs if g is not f and g.amount.start < bring.start() and g.explicit_party
                           and g.outcome == f.outcome]
                    if bring.group("own") and own and f.party.party_class == "unspecified":
                        f.party = own[-1].party
                elif not day_text and _CAMPAIGN_HAS_KILLED.search(s.text, 0, f.amount.start):
                    scope = "cumulative"  # "Israel's offensive has killed more than 44,000": the campaign's running total
                elif (war := dates.recent_war(s.text, ref)) is not None:
                    scope, since_text, since_start = "cumulative", war[0], war[1]
                elif (frame and not day_text and not dates.ATTACK_WORD.search(s.text)
                      and (not frame_fronts or fid in frame_fronts)
                      and (s.headline or s.index >= frame_from or f.toll or f.amount.count >= 1000
                           or last_cumulative is not None)):
                    # (a campaign 'since the offensive on Manbij began' frames no figure from Idlib; one
                    # told after a raid's toll, 'killing 43 people', frames that toll only when it reads
                    # as a running total, 'the number of deaths has risen to 8,796', counts thousands, or
                    # follows a running total in a story of running totals)
                    scope = "cumulative"
                elif (not day_text and any(g.amount.count >= 1000 for g in figs) and _HAS_KILLED.search(s.text)
                      and not dates.ATTACK_WORD.search(s.text, 0, min(g.amount.start for g in figs))):
                    # 'Israel says it has killed more than 17,000 militants in Gaza', 'have been killed and 2600
                    # injured': thousands told in the perfect are a running total, and so is the rest of the sentence
                    scope = "cumulative"
                else:
                    scope = "incident"
                if scope == "cumulative":
                    if since_text:
                        period, start = since_text, since_start
                    elif dates.same_period(s.text) and last_cumulative:
                        period, start = last_cumulative.period, last_cumulative.period_start
                    elif frame:
                        period, start = frame
                    else:
                        period, start = None, None
                    ev = ref
                else:
                    period, ev = (day_text, day) if day_text else article_day
                    start = None
                    if f.toll and (update_day or (not day_text and _TOLL_UPDATE.search(s.text))):
                        # "the death toll from a missile strike ... rose to 30 on Sunday": Sunday is
                        # when the count rose; the strike's day is left for the fold to find
                        period, ev, update = None, None, True
            own_source = next((src for a, src in reversed(by_clause) if a <= f.amount.start), source) if by_clause else source
            item = _Fig(f, s, own_source, scope, period, start, ev, fid, fname, loc, update)
            out.append(item)
            if scope == "cumulative":
                last_cumulative = item
    out = _reconcile(out, {s.index: s.text for s in body_sents})
    _mixed_heads(out)
    _increments(out)
    _care_status(out)
    events: list[CasualtyEvent | ControlEvent] = []
    ids = {id(it.fig): event_id(article.id, "casualty", seq) for seq, it in enumerate(out)}
    joint = _joints(out, ids)
    for seq, it in enumerate(out):
        f = it.fig
        events.append(CasualtyEvent(
            event_id=event_id(article.id, "casualty", seq), article_id=article.id, seq=seq, outlet=article.outlet,
            published_at=article.published_at, reported_at=reported_at, fingerprint=fp, count=f.amount.count,
            high=f.amount.high, qualifier=f.amount.qualifier, vague=f.amount.vague, outcome=f.outcome,
            party=f.party.key, party_label=f.party.label[:120], party_class=f.party.party_class, side=f.party.side,
            scope=it.scope, period=it.period, period_start=it.period_start.isoformat() if it.period_start else None,
            event_date=it.event_date.isoformat() if it.event_date else None, front=it.front, front_name=it.front_name,
            location=it.location if it.location and it.location != it.front_name else None, source=it.source,
            evidence=it.sent.text[:300], joint=joint.get(id(f)), update=it.update))
    by_index = {s.index: ms for s, ms in zip(sentences, mentions) if not s.headline}
    for seq, c in enumerate(control.find(body_sents, country, ref, by_index)):
        events.append(ControlEvent(
            event_id=event_id(article.id, "control", seq), article_id=article.id, seq=seq, outlet=article.outlet,
            published_at=article.published_at, reported_at=reported_at, fingerprint=fp, actor=c.actor, action=c.action,
            place=c.place, share=c.share, date=c.date, background=c.background, front=c.front, front_name=c.front_name,
            evidence=c.evidence[:300]))
    return events


_MORE_AFTER = re.compile(r"\s+(?:more|further|additional)\b", re.I)


def _increments(items: list[_Fig]) -> None:
    """'the death toll has climbed to 64 after five more bodies were retrieved': the five more are
    the rise of one incident's toll, a part of the toll the same sentence gives, not another incident's dead."""
    for it in items:
        f = it.fig
        if it.scope != "incident" or not _MORE_AFTER.match(it.sent.text, f.amount.end):
            continue
        if any(o is not it and o.sent.index == it.sent.index and o.fig.toll and o.fig.outcome == f.outcome
               and o.fig.amount.count > f.amount.count and o.scope == "incident" for o in items):
            # (a running total's rise, 'two more died, bringing the total to 31', stays the day's incident)
            it.scope = "subset"


# where the wounded are now: 'remain hospitalized', 'are still in hospital', 'have been discharged'
_IN_CARE = re.compile(r"\b(?:remain(?:s|ed)?|still)\s+(?:in\s+(?:the\s+)?)?(?:hospital(?:i[sz]ed)?|under\s+treatment|in\s+critical\s+condition)\b"
                      r"|\b(?:been|were|was)\s+discharged\b"
                      # ('were hospitalised', 'were taken to hospital' after the wounded toll: those of them in care)
                      r"|\b(?:were|was|are|is|been|being)\s+(?:hospitali[sz]ed|(?:taken|rushed|admitted|transported|evacuated|airlifted|brought)\s+to\b|treated\s+(?:for|in)\b)", re.I)


def _care_status(items: list[_Fig]) -> None:
    """'57 injured people remain hospitalized', 'Nearly 100 injured have been discharged': after the
    article gave the wounded toll (221), these say where some of those wounded are now: parts of it."""
    for i, it in enumerate(items):
        f = it.fig
        if it.scope != "incident" or f.outcome != "wounded" or not _IN_CARE.search(it.sent.text, f.amount.end):
            continue
        if any(o.scope == "incident" and o.fig.outcome == "wounded" and o.front == it.front
               and o.fig.amount.count > f.amount.count
               and (o.sent.index, o.fig.amount.start) < (it.sent.index, f.amount.start) for o in items[:i]):
            it.scope = "subset"


def _mixed_heads(items: list[_Fig]) -> None:
    """'martyring 44 worshippers ... Twenty-seven of the dead were policemen': a toll told with a
    civilian noun whose own part is soldiers or police combines classes; the guide makes such a
    total unspecified (the part keeps its class)."""
    for i, it in enumerate(items):
        part = it.fig
        if it.scope != "subset" or not part.explicit_party or part.party.party_class not in ("state", "nonstate"):
            continue
        head = next((h for h in reversed(items[:i]) if h.scope in ("incident", "cumulative")
                     and h.fig.outcome == part.outcome and h.front == it.front), None)
        if head and head.fig.explicit_party and head.fig.party.party_class == "civilian" \
                and head.fig.amount.count > part.amount.count:
            head.fig.party = parties.UNSPECIFIED


def _joints(items: list[_Fig], ids: dict[int, str]) -> dict[int, str]:
    """Figure -> the event id of the first figure of its chain of one verb's objects, for every
    figure in such a chain whose links all survived the restatement merge."""
    out: dict[int, str] = {}
    for it in items:
        head, f = it.fig, it.fig
        while head.joins is not None and id(head.joins) in ids:
            head = head.joins
        if head is not f:
            out[id(f)] = out[id(head)] = ids[id(head)]
    return out


_CLAUSE_BREAK = re.compile(r"\s+-{1,2}\s+|;|\s+\u2014\s+|\s+(?:marking|making\s+it)\s+")
_CLAUSE_MARKS = ("-", ";", "\u2014", "marking", "making")  # every clause break holds one (keep in step)


def _clause(text: str, pos: int) -> tuple[int, int]:
    """The span of the clause around ``pos``."""
    if not any(mark in text for mark in _CLAUSE_MARKS):
        return 0, len(text)  # one clause: spares the pattern's try at every space
    start, end = 0, len(text)
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _reconcile(items: list[_Fig], all_text: dict[int, str]) -> list[_Fig]:
    """One event per distinct statement: the headline repeating the lead, a quote repeating the
    toll and a rounded restatement are the same figure; two named sources with different classes
    of victim stay apart."""
    # parts of a mixed total: 'killing five people' ... 'two policemen and three civilians were killed'
    by_sentence: dict[int, list[_Fig]] = defaultdict(list)
    for it in items:
        by_sentence[it.sent.index].append(it)
    for idx, group in by_sentence.items():
        parts = [g for g in group if g.scope == "incident" and not g.fig.amount.vague and g.fig.explicit_party]
        if len(parts) >= 2 and len({g.fig.outcome for g in parts}) == 1 and len({g.fig.party.party_class for g in parts}) >= 2:
            total = sum(g.fig.amount.count for g in parts)
            if any(o.fig.amount.count == total and o.fig.outcome == parts[0].fig.outcome and o.sent.index < idx for o in items):
                for g in parts:
                    g.scope = "subset"
    # 'said that 98 evacuees were killed ... the remainder of the dead were aid workers'
    texts = all_text
    for it in items:
        if it.scope != "incident" or it.fig.party.party_class == "unspecified":
            continue
        nearby = texts.get(it.sent.index, "") + " " + " ".join(t for i, t in texts.items() if i == it.sent.index + 1)
        if _PART_OF.search(it.sent.text) or _PART_OF.search(nearby):
            if any(o.fig.party.party_class == "unspecified" and o.fig.outcome == it.fig.outcome and o.fig.amount.count > it.fig.amount.count for o in items):
                it.scope = "subset"
    # merge restatements of one number
    ordered = sorted(items, key=lambda it: (it.sent.headline, it.sent.index))
    kept: list[_Fig] = []
    for it in ordered:
        same = [k for k in kept if k.fig.amount.count == it.fig.amount.count and k.fig.outcome == it.fig.outcome
                and (k.front == it.front or it.sent.headline)]
        if not same:
            kept.append(it)
            continue
        if not it.sent.headline and it.fig.explicit_party and it.fig.party.party_class != "unspecified" and all(
                k.fig.explicit_party and k.fig.party.party_class not in ("unspecified", it.fig.party.party_class) for k in same):
            kept.append(it)  # 'a woman was killed' ... 'a soldier was killed': other victims, not a restatement
            continue
        rep = same[0]
        if it.sent.index == rep.sent.index and not it.sent.headline and (it.fig.joins is rep.fig or rep.fig.joins is it.fig):
            kept.append(it)  # 'wounding two soldiers and two rangers': one verb's two objects, not a restatement
            continue
        if rep.scope == it.scope == "subset" and rep.fig.explicit_party and it.fig.explicit_party \
                and rep.fig.party.label.split()[-1:] != it.fig.party.label.split()[-1:]:
            kept.append(it)  # 'including two children' and 'two pregnant women': two parts, not one restated
            continue
        distinct_sources = rep.source and it.source and rep.source != it.source and not it.sent.headline
        if distinct_sources and rep.fig.party.party_class != it.fig.party.party_class and it.fig.explicit_party \
                and rep.fig.explicit_party and it.fig.party.party_class != "unspecified" \
                and rep.fig.party.party_class != "unspecified" or (
                distinct_sources and rep.fig.party.party_class != it.fig.party.party_class and rep.fig.party.party_class != "unspecified"
                and it.fig.explicit_party and it.fig.party.label and not re.search(r"bod(?:y|ies)|corpses", it.fig.party.label, re.I)):
            if all(k.fig.party.party_class != it.fig.party.party_class for k in same):
                kept.append(it)
            continue
        if rep.fig.party.party_class == "unspecified" and it.fig.party.party_class != "unspecified" and it.fig.explicit_party:
            rep.fig.party = it.fig.party
        if rep.source is None and it.source and not it.sent.headline:
            rep.source = it.source
        if rep.period is None and it.period:
            rep.period, rep.event_date = it.period, it.event_date
    # 'Nearly 70 children' next to 'at least 68 children': a rounded restatement of the same count
    def _rounded(k: _Fig) -> bool:
        a = k.fig.amount
        return a.qualifier == "about" and not a.vague and a.count % 10 == 0 and any(
            o is not k and o.fig.outcome == k.fig.outcome and o.fig.party.party_class == k.fig.party.party_class
            and o.scope == k.scope and o.fig.amount.count != a.count and abs(o.fig.amount.count - a.count) <= 0.05 * a.count
            and o.fig.amount.qualifier != "about" for o in kept)
    kept = [k for k in kept if not _rounded(k)]
    # vague amounts add nothing when the article states an exact figure for the same victims
    exact = {(k.fig.outcome, k.fig.party.party_class) for k in kept if not k.fig.amount.vague}
    kept = [k for k in kept if not (k.fig.amount.vague and (k.fig.outcome, k.fig.party.party_class) in exact)]
    kept.sort(key=lambda it: (it.sent.headline, it.sent.index, it.fig.amount.start))
    return kept


def warm_up() -> None:
    """Load every data file and index extraction needs (the GeoNames index takes seconds the first
    time on a machine), so the first article is not the one that waits."""
    geo.available()
    extract_events(Article(id="warm-up", headline=None, published_at=None,
                           body="Militants killed five soldiers in Kandahar province, officials said."),
                   "2020-01-01T00:00:00")
