"""Article -> events. PLACEHOLDER extractor (to be replaced by the rule system of issue 3)."""
from __future__ import annotations

import re

from schemas.models import Article, CasualtyEvent, ControlEvent
from streams.core.ids import event_id, fingerprint

_FIG = re.compile(r"(?P<q>at least |more than )?(?P<n>\d[\d,]*) (?P<who>[a-z]+(?: [a-z]+)?) (?:have been |were |been )?(?P<o>killed|wounded)")


def extract_events(article: Article, received_at: str) -> list[CasualtyEvent | ControlEvent]:
    reported_at = article.published_at or received_at
    fp = fingerprint(article.body)
    out: list[CasualtyEvent | ControlEvent] = []
    for seq, m in enumerate(_FIG.finditer(article.body)):
        q = {"at least ": "at_least", "more than ": "more_than"}.get(m.group("q") or "", "exact")
        out.append(CasualtyEvent(
            event_id=event_id(article.id, "casualty", seq), article_id=article.id, seq=seq,
            outlet=article.outlet, published_at=article.published_at, reported_at=reported_at,
            fingerprint=fp, count=int(m.group("n").replace(",", "")), qualifier=q,
            outcome=m.group("o"), party="unspecified", party_label=m.group("who"),
            party_class="unspecified", scope="incident", front="unknown", front_name="unknown",
            evidence=m.group(0)))
    return out
