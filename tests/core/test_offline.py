"""run-offline: the contract the scorer drives, on the seed articles."""
from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from streams.core.pipeline import run_offline

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.json"))


def seeds_by_date():
    return sorted((orjson.loads(p.read_bytes()) for p in SEEDS), key=lambda a: a["published_at"])


def seed_lines(order):
    by_date = seeds_by_date()
    return [orjson.dumps(a) for a in (by_date if order == "date" else by_date[::-1])]


def front_tallies(doc):
    return {(t["party_class"], t["outcome"]): t["count"] for t in doc["tallies"]
            if t["front"] == "southern-damascus" and t["count"]}


def test_seed_files_are_present():
    assert len(SEEDS) == 2


@pytest.mark.parametrize("order", ["date", "reverse"])
def test_seeds_give_the_expected_southern_damascus_tallies_in_either_order(order):
    doc = run_offline(seed_lines(order))
    assert front_tallies(doc) == {("state", "killed"): 79, ("nonstate", "killed"): 68, ("civilian", "killed"): 36}
    assert not any(t["count"] >= 350000 for t in doc["tallies"] if t["front"] == "southern-damascus")


def test_seed_alerts_three_then_three_in_date_order_three_then_none_reversed():
    older, newer = (a["id"] for a in seeds_by_date())
    date_order = run_offline(seed_lines("date"))
    ids = [a["article_id"] for a in date_order["alerts"]]
    assert (ids.count(older), ids.count(newer)) == (3, 3)
    reverse = run_offline(seed_lines("reverse"))
    assert {a["article_id"] for a in reverse["alerts"]} == {newer}
    assert len(reverse["alerts"]) == 3
    assert {(a["party_class"], a["new"]["best"]) for a in reverse["alerts"]} == {("state", 79), ("nonstate", 68), ("civilian", 36)}


def test_replaying_the_same_file_gives_the_same_document():
    lines = seed_lines("date") + [b"not json", b""]
    assert run_offline(lines) == run_offline(lines)
    assert [d["reason"] for d in run_offline(lines)["dead_letters"]] == ["not_json", "empty"]
