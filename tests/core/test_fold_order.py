"""Tallies are a function of the set of events: on the real dev set, any arrival order and a
rebuild from the log give the same tallies."""
from __future__ import annotations

import random
from pathlib import Path

import orjson
import pytest

from streams.core.extract import extract_events
from streams.core.fold import fold, rebuild, tallies as tallies_of
from streams.core.frontkey import front_key
from streams.core.pipeline import iter_articles

DEV = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev"


def dev_events():
    if not (DEV / "groups.json").exists():
        pytest.skip("the shared dev set is not beside the project")
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", DEV.parent / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    lines = [orjson.dumps(score.read_article(p)) for p in sorted((DEV / "articles").glob("*.txt"))]
    events = []
    for _, article, _, received in iter_articles(lines):
        events.extend(extract_events(article, received))
    return events


def tallies(states):
    return sorted((t.front, t.party, t.outcome, t.low, t.count, t.high) for s in states.values() for t in tallies_of(s))


def fold_all(events):
    states: dict = {}
    for e in events:
        states[front_key(e.front)], _ = fold(states.get(front_key(e.front)), e)
    return states


def test_dev_set_tallies_do_not_depend_on_event_order():
    events = dev_events()
    expected = tallies(fold_all(events))
    assert expected, "premise: the dev set yields tallies"
    rng = random.Random(2018)
    for _ in range(5):
        shuffled = events[:]
        rng.shuffle(shuffled)
        assert tallies(fold_all(shuffled)) == expected
    assert tallies(rebuild(events[::-1])) == expected


def test_no_tally_has_low_above_best_or_best_above_high():
    for t in (t for s in fold_all(dev_events()).values() for t in tallies_of(s)):
        assert t.low <= t.count <= t.high, t
