"""Small builders for events, so fold tests read like the reports they model."""
from __future__ import annotations

from schemas.models import CasualtyEvent
from streams.core.ids import event_id, fingerprint


def casualty(article: str, seq: int, count: int, *, party: str = "civilians", party_class: str = "civilian",
             outcome: str = "killed", scope: str = "incident", reported_at: str = "2018-04-27",
             source: str | None = "Syrian Observatory for Human Rights", front: str = "southern-damascus",
             event_date: str | None = None, period_start: str | None = None, high: int | None = None,
             text: str | None = None, vague: bool = False, location: str | None = None) -> CasualtyEvent:
    evidence = f"{count} {party} {outcome} ({article}#{seq})"
    return CasualtyEvent(
        event_id=event_id(article, "casualty", seq), article_id=article, seq=seq, reported_at=reported_at,
        published_at=reported_at, fingerprint=fingerprint(text or f"distinct story {article} " * 3),
        count=count, high=high, outcome=outcome, party=party, party_label=party, party_class=party_class,
        scope=scope, front=front, front_name=front.replace("-", " ").title(), source=source,
        event_date=event_date, period_start=period_start, evidence=evidence, vague=vague, location=location)
