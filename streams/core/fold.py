"""Folding events into per-front tallies: the reconciliation rules of the README, as plain code.

``fold(state, event)`` is the only way state changes. The tallies it derives are a function of the
*set* of claims a front has seen, never of the order they arrived in, so a rebuild from the event
log, a replay in another order and a live run all end with the same tallies; only the alerts on
the way there depend on arrival order.

The fold takes ownership of the state it is given and returns it updated: copying a front's whole
history per event would make a rebuild quadratic.
"""
from __future__ import annotations

import base64
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from datetime import date, timedelta

from schemas.models import Alert, CasualtyEvent, Claim, ControlEvent, FrontState, Tally, fingerprint_bytes
from streams.core.frontkey import front_key
from streams.core.ids import alert_id, band_keys, share_a_band, similarity

COUNTED_SCOPES = ("cumulative", "incident")
# Syndicated copies of one wire story share most word 4-shingles even with different captions and
# disclaimers (measured on the dev set: copies 0.57-1.0); independent reports of the same event by
# other outlets stay below 0.4. An update of the story with a new toll may pass: it still counts.
SYNDICATION_SIMILARITY = 0.5
# A report with no explicit incident day is matched to an incident at most this many days earlier.
INCIDENT_WINDOW_DAYS = 2
# how long after an incident a risen toll with no day of its own is still taken for that incident's
UPDATE_WINDOW_DAYS = 14
UNATTRIBUTED = "unattributed"


def new_state(front: str, front_name: str) -> FrontState:
    return FrontState(front=front, front_name=front_name)


def _seen(state: FrontState) -> set[str]:
    private = state.__pydantic_private__  # direct: pydantic's attribute hook costs more than the fold
    cache = private["_seen_cache"]
    if cache is None or len(cache) != len(state.claims) + len(state.uncounted):
        cache = private["_seen_cache"] = {c.event_id for c in state.claims}
        cache.update(state.uncounted)
    return cache


def _fingerprint(state: FrontState, article_id: str) -> bytes:
    return base64.b64decode(state.articles[article_id][1])


def _band_index(state: FrontState) -> dict[int, str | list[str]]:
    """LSH band -> the article with it, or the list of them once several share it; rebuilt from the
    fingerprints when a state is loaded: an index, not state, so it is never written to the
    changelog."""
    private = state.__pydantic_private__
    index = private["_band_cache"]
    if index is None:
        index = private["_band_cache"] = {}
        for article_id in state.articles:
            _index_bands(index, article_id, band_keys(_fingerprint(state, article_id)))
    return index


def _index_bands(index: dict[int, str | list[str]], article_id: str, keys: Iterable[int]) -> set[str]:
    """Add an article's bands to the index; return the articles already there that share one."""
    if index.keys().isdisjoint(keys):  # the common case, kept free of Python-level loops
        index.update(dict.fromkeys(keys, article_id))
        return set()
    candidates: set[str] = set()
    for key in keys:
        mates = index.get(key)
        if mates is None:
            index[key] = article_id
        elif isinstance(mates, str):
            candidates.add(mates)
            index[key] = [mates, article_id]
        else:
            candidates.update(mates)
            mates.append(article_id)
    return candidates


def _register_article(state: FrontState, article_id: str, fp_hex: str, reported_at: str) -> None:
    """Note a new article and link it to the near-identical texts already on the front.

    Copies form groups (connected by similarity); each group's original is its earliest report
    (then the smallest id), recomputed for the whole group whenever it grows, so the result does
    not depend on which copy arrived first.
    """
    index = _band_index(state)  # built before the article joins, so it is indexed exactly once
    fp = fingerprint_bytes(fp_hex)
    state.articles[article_id] = (reported_at, base64.b64encode(fp).decode("ascii"))
    candidates = _index_bands(index, article_id, band_keys(fp))
    candidates.discard(article_id)
    if not candidates:
        return
    linked = sorted(o for o in candidates if share_a_band(fp, other := _fingerprint(state, o))
                    and similarity(fp, other) >= SYNDICATION_SIMILARITY)
    if not linked:
        return
    state.similar[article_id] = list(linked)
    for other in linked:
        state.similar.setdefault(other, []).append(article_id)
    group, todo = {article_id}, [article_id]
    while todo:
        for mate in state.similar.get(todo.pop(), ()):
            if mate not in group:
                group.add(mate)
                todo.append(mate)
    original = min(group, key=lambda a: (state.articles[a][0], a))
    state.copies.pop(original, None)
    for member in group - {original}:
        state.copies[member] = original


def _admit(state: FrontState, event: CasualtyEvent | ControlEvent) -> bool:
    """Record the event in the state; True when it added a counted claim (tallies may change)."""
    seen = _seen(state)
    event_id = event.event_id
    if event_id in seen:
        return False
    seen.add(event_id)
    locations, name = state.locations, state.front_name
    # other spellings of the front's name, and the places the event names
    place = event.front_name
    if place and place != name and place not in locations:
        locations.append(place)
    control = isinstance(event, ControlEvent)
    place = event.place if control else event.location
    if place and place != name and place not in locations:
        locations.append(place)
    if control or event.scope not in COUNTED_SCOPES or event.vague or event.count <= 0:
        state.uncounted.append(event_id)
        return False
    if event.article_id not in state.articles:
        _register_article(state, event.article_id, event.fingerprint, event.reported_at)
    state.claims.append(Claim(
        event_id, event.article_id, event.source, event.party, event.party_class, event.outcome,
        event.scope, event.count, event.high, event.qualifier, event.reported_at, event.period_start,
        event.event_date, event.location, event.joint, event.update))
    return True


def _signature(c: Claim) -> tuple:
    return (c.outcome, c.party, c.scope, c.count, c.high)


# Every event of an article carries the article's reported_at: the order of reports, then ids.
_ARTICLE_ORDER = attrgetter("reported_at", "article_id", "event_id")


def _without_repeats(state: FrontState, claims: list[Claim]) -> list[Claim]:
    """Drop the figures a syndicated copy repeats from an earlier member of its group: a copy
    changes nothing, while a near-identical update with a new toll still counts."""
    if not state.copies:
        return claims
    # Only members of a copy group can repeat one another; the rest pass through unsorted.
    originals = set(state.copies.values())
    kept = [c for c in claims if c.article_id not in state.copies and c.article_id not in originals]
    grouped = [c for c in claims if c.article_id in state.copies or c.article_id in originals]
    order = sorted(grouped, key=_ARTICLE_ORDER)
    taken: set[tuple] = set()
    occurrence: dict[tuple, int] = defaultdict(int)
    for c in order:
        group = state.copies.get(c.article_id, c.article_id)
        nth = (c.article_id, _signature(c))
        key = (group, _signature(c), occurrence[nth])
        occurrence[nth] += 1
        if key in taken:
            continue
        taken.add(key)
        kept.append(c)
    return kept


def tallies(state: FrontState) -> list[Tally]:
    """The front's tallies, ordered by outcome and party: derived from the claims when a state is
    first asked after it was loaded (the changelog does not store them), then kept up to date by
    the fold."""
    private = state.__pydantic_private__
    cache = private["_tallies_cache"]
    if cache is None:
        cache = private["_tallies_cache"] = [
            t for outcome in sorted({c.outcome for c in state.claims}) for t in derive_tallies(state, outcome)]
    return cache


def _rederive(state: FrontState, outcome: str) -> list[Tally]:
    derived = derive_tallies(state, outcome)
    private = state.__pydantic_private__
    private["_tallies_cache"] = sorted([t for t in tallies(state) if t.outcome != outcome] + derived,
                                       key=lambda t: (t.outcome, t.party))
    return derived


def fold(state: FrontState | None, event: CasualtyEvent | ControlEvent) -> tuple[FrontState, list[Alert]]:
    """Apply one event to its front's state; return the state and one alert per tally it changed."""
    if state is None:
        state = new_state(event.front, event.front_name)
    current = tallies(state)  # before the event joins: a loaded state derives them from its claims
    if not _admit(state, event):
        return state, []
    assert isinstance(event, CasualtyEvent)
    before = {t.key: t for t in current if t.outcome == event.outcome}
    after = {t.key: t for t in _rederive(state, event.outcome)}
    return state, _alerts(before, after, event)


def rebuild(events: Iterable[CasualtyEvent | ControlEvent]) -> dict[str, FrontState]:
    """Replay an event log into fresh front states, keyed like the live table (by front key).

    Tallies depend only on the set of claims, so they are derived once per front at the end
    rather than after every event: the result equals folding event by event (a test proves it),
    without the per-event derivation that alerts need. Each event is admitted as it comes, so a
    caller that decodes the log lazily never holds more than the states (half the memory of the
    decoded log, and the page faults that went with it).
    """
    states: dict[str, FrontState] = {}
    for event in events:
        key = front_key(event.front)
        state = states.get(key)
        if state is None:
            state = states[key] = new_state(event.front, event.front_name)
        _admit(state, event)
    for state in states.values():
        tallies(state)  # derived here, once per front, so a rebuild hands back finished states
    return states


def _alerts(before: dict[str, Tally], after: dict[str, Tally], event: CasualtyEvent) -> list[Alert]:
    alerts = []
    for key, new in after.items():
        old = before.get(key)
        old_est = old.estimate() if old else None
        new_est = new.estimate()
        if old_est == new_est:
            continue
        alerts.append(Alert(
            alert_id=alert_id(event.event_id, key, new_est.best, new_est.low, new_est.high),
            front=new.front, front_name=new.front_name, party=new.party, party_class=new.party_class,
            outcome=new.outcome, old=old_est, new=new_est, delta=new_est.best - (old_est.best if old_est else 0),
            sources=new.sources, evidence=event.evidence, article_id=event.article_id,
            event_id=event.event_id, as_of=new.as_of))
    return alerts


# --- derivation -------------------------------------------------------------------------------

@lru_cache(maxsize=16384)
def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


@dataclass
class _Part:
    """One party's contribution: the standing figures behind it and their low / best / high."""

    low: int = 0
    best: int = 0
    high: int = 0

    def add(self, other: _Part) -> None:
        self.low += other.low
        self.best += other.best
        self.high += other.high


def _spread(claims: list[Claim]) -> _Part:
    """Alternative figures for one thing: best is the highest figure any source stands by (wire
    tolls are lower bounds that rise as bodies are counted), low the lowest, high the highest
    upper bound."""
    counts = [c.count for c in claims]
    return _Part(low=min(counts), best=max(counts), high=max(max(c.high or c.count, c.count) for c in claims))


def _joined(claims: list[Claim]) -> list[Claim]:
    """Parts of one figure (one verb's victims listed by kind, CasualtyEvent.joint) as the one
    figure they add up to; every other claim is an alternative report."""
    if not any(c.joint for c in claims):
        return claims
    out: list[Claim] = []
    parts: dict[str, Claim] = {}
    for c in claims:
        if not c.joint:
            out.append(c)
        elif c.joint in parts:
            whole = parts[c.joint]
            high = None if whole.high is None and c.high is None else (whole.high or whole.count) + (c.high or c.count)
            parts[c.joint] = whole._replace(count=whole.count + c.count, high=high)
        else:
            parts[c.joint] = c
    return out + list(parts.values())


def _standing(claims: list[Claim]) -> list[Claim]:
    """Each source's standing cumulative figure: its highest running total (the newest of equal
    ones). A running total only rises, so the highest is the latest even when report times cannot
    tell: wire copy often has no date, and then a report's time is only its arrival time, which
    puts a late-delivered "74 in eight days" after "79 in nine days"."""
    standing: dict[str, Claim] = {}
    for c in claims:
        key = c.source or UNATTRIBUTED
        cur = standing.get(key)
        if cur is None or (c.count, c.reported_at, c.event_id) > (cur.count, cur.reported_at, cur.event_id):
            standing[key] = c
    return sorted(standing.values(), key=lambda c: (c.source or "", c.event_id))


def _incidents(claims: list[Claim]) -> list[list[Claim]]:
    """Group incident claims into incidents: the same day (stated, or the report's day), and a
    report without a stated day joins an incident of the few days before it."""
    clusters: dict[date, list[Claim]] = {}
    undated = []
    for c in claims:
        if c.event_date is None:
            undated.append(c)
        else:
            clusters.setdefault(_day(c.event_date) or date.min, []).append(c)
    dated_days = sorted(d for d in clusters if d != date.min)
    for c in sorted(undated, key=lambda c: (c.reported_at, c.event_id)):
        day = _day(c.reported_at) or date.min
        if c.update and day.year != 1:
            # 'the death toll has risen to 1,383' days after the incident: that incident's latest toll
            earlier = [d for d in dated_days if timedelta(0) <= day - d <= timedelta(days=UPDATE_WINDOW_DAYS)]
            if earlier:
                clusters[earlier[-1]].append(c)
                continue
        if day.year == 1 and dated_days:
            # neither the incident nor the report has a day (a replay of undated copy): the figure
            # is taken for another count of a dated incident rather than a second incident added on
            # top: the latest whose figures reach its count (so it raises none), else the biggest
            reaching = [d for d in dated_days if max(o.count for o in clusters[d]) >= c.count]
            home_day = reaching[-1] if reaching else max(dated_days, key=lambda d: (max(o.count for o in clusters[d]), d))
            clusters[home_day].append(c)
            continue
        for back in range(INCIDENT_WINDOW_DAYS + 1):
            try:
                home = clusters.get(day - timedelta(days=back))
            except OverflowError:
                home = None
            if home is not None:
                home.append(c)
                break
        else:
            clusters[day] = [c]
    return [clusters[d] for d in sorted(clusters)]


def _covered(day: date | None, party_class: str, party: str, cumulative: list[Claim]) -> bool:
    """An incident inside the period of a running total of the same party (or of all victims) is
    already counted in that total."""
    if day is None:
        return False
    for c in cumulative:
        if c.party != party and c.party_class != "unspecified":
            continue
        if party_class != "civilian" and c.party_class == "unspecified" and c.party != party:
            continue
        start = _day(c.period_start) or date.min
        end = _day(c.event_date or c.reported_at) or date.max
        if start <= day <= end:
            return True
    return False


def _counted(state: FrontState, outcome: str) -> list[Claim]:
    """The outcome's claims less the copies' repeats, extended in place while the copy groups stay
    the same and new claims come from articles outside them (the common case), instead of
    filtering and sorting a front's whole history after every event."""
    private = state.__pydantic_private__
    cache = private["_counted_cache"]
    if cache is None:
        cache = private["_counted_cache"] = {}
    groups = (len(state.copies), len(state.similar))
    seen_upto, seen_groups, kept = cache.get(outcome, (0, None, None))
    fresh = state.claims[seen_upto:]
    if kept is not None and seen_groups == groups and not any(
            c.article_id in state.copies or c.article_id in state.similar for c in fresh):
        kept = kept + [c for c in fresh if c.outcome == outcome]
    else:
        kept = _without_repeats(state, [c for c in state.claims if c.outcome == outcome])
    cache[outcome] = (len(state.claims), groups, kept)
    return kept


def _risen_totals(claims: list[Claim]) -> list[Claim]:
    """'The death toll has risen to 1,383' days after a running total ('more than 1,000 killed since
    Thursday') and with no incident of its own days to join: the running total's new value."""
    totals = [c for c in claims if c.scope == "cumulative"]
    if not totals or not any(c.update for c in claims):
        return claims
    incident_days = {_day(c.event_date) for c in claims if c.scope == "incident" and c.event_date}
    out = []
    for c in claims:
        day = _day(c.reported_at)
        if c.update and c.scope == "incident" and c.event_date is None and day is not None and not any(
                d and timedelta(0) <= day - d <= timedelta(days=UPDATE_WINDOW_DAYS) for d in incident_days) and any(
                (t_day := _day(t.reported_at)) and timedelta(0) <= day - t_day <= timedelta(days=UPDATE_WINDOW_DAYS)
                and t.count <= c.count and t.party_class in (c.party_class, "unspecified") for t in totals):
            c = c._replace(scope="cumulative")
        out.append(c)
    return out


def derive_tallies(state: FrontState, outcome: str) -> list[Tally]:
    claims = _risen_totals(_counted(state, outcome))
    if not claims:
        return []
    classes = {c.party: c.party_class for c in claims}
    parts: dict[str, _Part] = defaultdict(_Part)
    behind: dict[str, list[Claim]] = defaultdict(list)

    cumulative_by_party: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.scope == "cumulative":
            cumulative_by_party[c.party].append(c)
    standing_all: list[Claim] = []
    for party, cs in cumulative_by_party.items():
        standing = _standing(cs)
        standing_all.extend(standing)
        parts[party].add(_spread(standing))
        behind[party].extend(standing)

    for incident in _incidents([c for c in claims if c.scope == "incident"]):
        day = _day(incident[0].event_date or incident[0].reported_at)
        per_party: dict[str, list[Claim]] = defaultdict(list)
        covered: dict[str, bool] = {}
        for c in incident:
            if c.party not in covered:
                covered[c.party] = _covered(day, c.party_class, c.party, standing_all)
            if not covered[c.party]:
                per_party[c.party].append(c)
        spreads = {party: _spread(_joined(cs)) for party, cs in per_party.items()}
        # "people killed" and "civilians killed" in one incident describe the same victims: the
        # unspecified figure only adds what the civilian figures do not already account for.
        civ = _Part()
        for party, sp in spreads.items():
            if classes[party] == "civilian":
                civ.add(sp)
        for party, sp in spreads.items():
            if classes[party] == "unspecified" and civ.best:
                best = max(0, sp.best - civ.best)
                sp = _Part(low=min(best, max(0, sp.low - civ.low)), best=best, high=max(best, sp.high - civ.high))
            parts[party].add(sp)
            behind[party].extend(per_party[party])

    out = []
    for party, part in sorted(parts.items()):
        # canonical order: the incremental and the full derivation must list figures alike
        contributing = sorted(behind[party], key=_ARTICLE_ORDER)
        if not contributing:
            continue
        # one validation call builds the figures in pydantic-core: faster than a model_construct
        # per figure, which made up half the cost of deriving a busy front's tallies
        out.append(Tally.model_validate({
            "front": state.front, "front_name": state.front_name, "party": party,
            "party_class": classes[party], "outcome": outcome, "count": part.best, "low": part.low,
            "high": max(part.high, part.best), "as_of": max(c.reported_at for c in contributing),
            "sources": sorted({c.source or UNATTRIBUTED for c in contributing}),
            "figures": [{"source": c.source or UNATTRIBUTED, "count": c.count, "high": c.high, "scope": c.scope,
                         "article_id": c.article_id, "reported_at": c.reported_at} for c in contributing]}))
    return out


def all_tallies(states: Iterable[FrontState]) -> list[Tally]:
    """Every tally of every front, with the front's full list of locations (kept once per front in
    the state, not copied into each tally, so a new place never makes the tallies stale)."""
    out = []
    for state in sorted(states, key=lambda s: s.front):
        for t in tallies(state):
            out.append(t.model_copy(update={"locations": list(state.locations)}))
    return out
