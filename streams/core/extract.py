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

from schemas.models import Article, CasualtyEvent, ControlEvent
from streams.core import casualties, control, dates, fronts, lexicon, scale
from streams.core.ids import event_id, fingerprint
from streams.core.sources import Attributor
from streams.core.text import Folded, Sentence, clean_body, normalise

_SCENE = re.compile(r"^(?:In|At|Elsewhere|Meanwhile|Separately|In\s+another|In\s+a\s+separate)\b")
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


def _article_country(sentences: list[Sentence]) -> str | None:
    counts = Counter(c for s in sentences for c in fronts.country_mentions(s.text))
    return counts.most_common(1)[0][0] if counts else None


def _country_front(country: str | None) -> tuple[str, str]:
    return (lexicon.slug(country), country) if country else ("unknown", "unknown")


def _main_front(sentences: list[Sentence], mentions: list[list[fronts.Mention]], figure_sents: set[int]) -> tuple[str, str] | None:
    score: dict[str, float] = defaultdict(float)
    names: dict[str, Counter] = defaultdict(Counter)
    first_body = next((s.index for s in sentences if not s.headline), None)
    for s, ms in zip(sentences, mentions):
        for m in ms:
            w = 2.0 if m.locative else 0.3
            w *= {"admin": 0.4, "sub": 0.4, "town": 1.0, "gazetteer": 1.5}[m.level]
            if s.headline or s.index == first_body:
                w *= 2
            if s.index in figure_sents:
                w *= 1.5
            score[m.front] += w
            if m.level != "sub":
                names[m.front][m.front_name] += 1
        if s.index == first_body or s.headline:
            d = fronts.dateline(s.text)
            if d:
                gz = fronts.gazetteer_front(d)
                fid = gz[0] if gz else lexicon.slug(d)
                score[fid] += 1.0
                names[fid][gz[1] if gz else d] += 1
    if not score:
        return None
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


def _read_figures(sentences: list[Sentence], country: str | None) -> list[list[casualties.Figure]]:
    """Every sentence's figures; 'six others' or 'Four of them' look back at most four sentences."""
    found: list[list[casualties.Figure]] = []
    for s in sentences:
        recent = [] if s.headline else [f for prior, figs in zip(sentences, found) if not prior.headline
                                         and s.index - 4 <= prior.index < s.index for f in figs]
        found.append(casualties.find(s.text, country, recent))
    return found


def _location(ms: list[fronts.Mention], front: str) -> str | None:
    """The most specific place of this front the sentence names."""
    own = [m for m in ms if m.front == front]
    for level in ("sub", "gazetteer", "town", "admin"):
        for m in own:
            if m.level == level:
                return m.name
    return None


def extract_events(article: Article, received_at: str) -> list[CasualtyEvent | ControlEvent]:
    reported_at = article.published_at or received_at
    ref = dates.to_date(article.published_at) or dates.to_date(received_at)
    body_sents = clean_body(article.body, article.headline)
    fp = fingerprint(" ".join(s.text for s in body_sents) or article.body)
    sentences = list(body_sents)
    if article.headline:
        head = normalise(article.headline).strip()
        if head and not head.startswith("("):
            sentences.append(Sentence(head, -1, -1, headline=True))
    country = _article_country(sentences)

    # first pass: which sentences hold figures (they weigh in choosing the theatre)
    found = _read_figures(sentences, country)
    figure_sents = {s.index for s, f in zip(sentences, found) if f}
    # places are looked for where they can matter: the lead, scene changes, figures, territorial verbs
    mentions = [fronts.mentions(s.text) if (s.headline or s.index < 6 or s.index in figure_sents
                                             or _SCENE.match(s.text) or control.has_verb(s.text)) else []
                for s in sentences]
    if country is None:
        # no country named: the provinces and cities the article names tell it
        votes = Counter(c for ms in mentions for m in ms if (c := fronts.place_country(m.name) or fronts.place_country(m.front_name)))
        country = votes.most_common(1)[0][0] if votes else None
        if country:  # party keys and sides depend on the country: read the figures again
            found = _read_figures(sentences, country)
    main = _main_front(sentences, mentions, figure_sents) or _country_front(country)
    scene_fronts = []
    for s, ms in zip(sentences, mentions):
        if not s.headline and _SCENE.match(s.text) and s.index > 0:
            for m in ms:
                if m.locative and m.level in ("gazetteer", "town", "admin"):
                    scene_fronts.append((m.front, m.front_name))
                    break
    lead_front = main
    if len({f for f, _ in scene_fronts}) >= 2:
        lead_front = _country_front(country)

    frame = None
    for s in sentences:
        if not s.headline:
            frame = frame or dates.campaign_frame(s.text, ref)
    article_day = dates.article_attack_day([s.text for s in sentences if not s.headline], ref)

    attributor = Attributor()
    current = lead_front
    out: list[_Fig] = []
    last_cumulative: _Fig | None = None
    for s, ms, figs in zip(sentences, mentions, found):
        if not figs:
            if not s.headline:
                attributor.note(s.text)
            if not (_SCENE.match(s.text) and not s.headline):
                continue
        source = attributor.attribute(s.text) if not s.headline and figs else None
        if not s.headline and _SCENE.match(s.text):
            for m in ms:
                if m.locative and m.level in ("gazetteer", "town", "admin") and m.front != current[0]:
                    current = (m.front, m.front_name)
                    break
        day_text, day = dates.incident_day(s.text, ref)
        if figs and day_text and article_day[0] is None and not s.headline:
            article_day = (day_text, day)
        if day_text and article_day[0] and article_day[1] != day and not any(
                dates.attack_day(s.text, w) for w in dates._WEEKDAY.finditer(s.text)):
            day_text, day = article_day
        if not figs:
            continue
        front = current
        own = [m for m in ms if m.locative and m.level == "gazetteer" and m.front != front[0]]
        if own and not any(m.front == front[0] for m in ms):
            front = (own[0].front, own[0].front_name)
        if front == lead_front and lead_front != main and any(m.front == main[0] for m in ms):
            front = main
        since_text, since_start = dates.since(s.text, ref)
        # a war's running total on one front since a recent date is that front's cumulative figure
        recent_total = since_start is not None and dates.is_recent(since_start, ref)
        war_wide = None if recent_total else dates.background_marker(s.text, ref, war_only=True)
        for f in figs:
            # another time named in another clause ('- marking the highest toll since ... 2005') is not this figure's
            clause = _clause(s.text, f.amount.start)
            background = war_wide or dates.background_marker(clause, ref)
            if background and recent_total and dates.background_marker(clause, ref, war_only=True):
                background = None
            if not background and not recent_total:
                background = scale.war_total(s.text, f.amount.count, f.outcome)
            if background:
                scope, period, start, ev = "background", background, None, None
                fid, fname = _country_front(country)
                loc = None
            else:
                fid, fname = front
                loc = _location(ms, fid)
                if f.subset:
                    scope = "subset"
                elif (since_text and (since_start is None or dates.is_recent(since_start, ref))) or dates.cumulative_marker(s.text):
                    scope = "cumulative"
                elif (war := dates.recent_war(s.text, ref)) is not None:
                    scope, since_text, since_start = "cumulative", war[0], war[1]
                elif frame and not day_text and not dates.ATTACK_WORD.search(s.text):
                    scope = "cumulative"
                else:
                    scope = "incident"
                if scope == "cumulative":
                    if since_text:
                        period, start = since_text, since_start
                    elif dates._SAME_PERIOD.search(s.text) and last_cumulative:
                        period, start = last_cumulative.period, last_cumulative.period_start
                    elif frame:
                        period, start = frame
                    else:
                        period, start = None, None
                    ev = ref
                else:
                    period, ev = (day_text, day) if day_text else article_day
                    start = None
            item = _Fig(f, s, source, scope, period, start, ev, fid, fname, loc)
            out.append(item)
            if scope == "cumulative":
                last_cumulative = item
    out = _reconcile(out, {s.index: s.text for s in body_sents})
    events: list[CasualtyEvent | ControlEvent] = []
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
            evidence=it.sent.text[:300]))
    by_index = {s.index: ms for s, ms in zip(sentences, mentions) if not s.headline}
    for seq, c in enumerate(control.find(body_sents, country, ref, by_index)):
        events.append(ControlEvent(
            event_id=event_id(article.id, "control", seq), article_id=article.id, seq=seq, outlet=article.outlet,
            published_at=article.published_at, reported_at=reported_at, fingerprint=fp, actor=c.actor, action=c.action,
            place=c.place, share=c.share, date=c.date, background=c.background, front=c.front, front_name=c.front_name,
            evidence=c.evidence[:300]))
    return events


_CLAUSE_BREAK = re.compile(r"\s+-{1,2}\s+|;|\s+\u2014\s+|\s+(?:marking|making\s+it)\s+")
_CLAUSE_MARKS = ("-", ";", "\u2014", "marking", "making")  # every clause break holds one (keep in step)


def _clause(text: str, pos: int) -> str:
    if not any(mark in text for mark in _CLAUSE_MARKS):
        return text  # one clause: spares the pattern's try at every space
    start, end = 0, len(text)
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return text[start:end]


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
        rep = same[0]
        distinct_sources = rep.source and it.source and rep.source != it.source and not it.sent.headline
        if distinct_sources and rep.fig.party.party_class != it.fig.party.party_class and it.fig.explicit_party \
                and rep.fig.explicit_party and it.fig.party.party_class != "unspecified" or (
                distinct_sources and rep.fig.party.party_class != it.fig.party.party_class and rep.fig.party.party_class != "unspecified"
                and it.fig.explicit_party and not re.search(r"bod(?:y|ies)|corpses", it.fig.party.label, re.I)):
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
