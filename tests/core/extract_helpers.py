"""Builders for extractor tests: an article from a few paraphrased wire sentences."""
from __future__ import annotations

from schemas.models import Article, CasualtyEvent, ControlEvent
from streams.core.extract import extract_events


def run(body: str, *, headline: str | None = None, published_at: str | None = "2021-03-13",
        received_at: str = "2021-03-13T09:00:00", article_id: str = "t-1") -> list[CasualtyEvent | ControlEvent]:
    return extract_events(Article(id=article_id, headline=headline, body=body, published_at=published_at), received_at)


def figures(events) -> list[CasualtyEvent]:
    return [e for e in events if e.type == "casualty"]


def keys(events) -> set[tuple]:
    return {(e.count, e.outcome, e.party_class) for e in figures(events)}


def one(events, count: int, outcome: str = "killed") -> CasualtyEvent:
    hits = [e for e in figures(events) if e.count == count and e.outcome == outcome]
    assert len(hits) == 1, f"expected one {count} {outcome}, got {[(e.count, e.outcome) for e in figures(events)]}"
    return hits[0]


def cls_key(events, count: int, outcome: str = "killed") -> tuple[str, str]:
    f = one(events, count, outcome)
    return f.party_class, f.party


def fronts_of(events) -> set[str]:
    return {e.front for e in events if e.type == "casualty"}
