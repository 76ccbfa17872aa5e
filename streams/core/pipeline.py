"""The offline pipeline: the same decode -> extract -> fold functions the Faust agents call."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from schemas.models import Alert, Article, CasualtyEvent, ControlEvent, FrontState
from streams.core.extract import extract_events
from streams.core.fold import all_tallies, fold
from streams.core.frontkey import front_key
from streams.core.intake import Rejected, decode_article, dead_letter


class OfflineClock:
    """Arrival times for a file replay, deterministic so that two replays print the same document.

    An undated article is taken to arrive just after the newest date seen so far in the file
    (wire copy arrives in roughly publication order); undated articles before the first dated
    one arrive on that first date. The sequence number keeps ties ordered.
    """

    def __init__(self, start: str | None = None) -> None:
        self.latest = (start or "0001-01-01")[:10]
        self.seq = 0

    def tick(self, published_at: str | None) -> str:
        self.seq += 1
        if published_at and published_at[:10] > self.latest:
            self.latest = published_at[:10]
        return f"{self.latest}T00:00:00.{self.seq:06d}"


class Folder:
    """In-memory table of front states: what the Faust table holds, keyed the same way (by the
    spelling-blind front key, so Hasaka and Hasakeh meet on one front)."""

    def __init__(self) -> None:
        self.states: dict[str, FrontState] = {}

    def apply(self, event: CasualtyEvent | ControlEvent) -> list[Alert]:
        key = front_key(event.front)
        state, alerts = fold(self.states.get(key), event)
        self.states[key] = state
        return alerts

    def tallies(self) -> list[dict[str, Any]]:
        return [t.model_dump(mode="json") for t in all_tallies(self.states.values())]


def iter_articles(lines: Iterable[bytes | str]) -> Iterator[tuple[int, Article | Rejected, bytes | str, str]]:
    """Decode every line, then stamp arrival times (the clock needs the file's first date)."""
    decoded: list[tuple[int, Article | Rejected, bytes | str]] = []
    for lineno, line in enumerate(lines, 1):
        stripped = line.rstrip(b"\r\n") if isinstance(line, bytes) else line.rstrip("\r\n")
        try:
            article: Article | Rejected = decode_article(stripped)
        except Rejected as rejection:
            article = rejection
        decoded.append((lineno, article, stripped))
    first_date = next((a.published_at for _, a, _ in decoded if isinstance(a, Article) and a.published_at), None)
    clock = OfflineClock(first_date)
    for lineno, article, raw in decoded:
        received = clock.tick(article.published_at if isinstance(article, Article) else None)
        yield lineno, article, raw, received


def run_offline(lines: Iterable[bytes | str], source: str = "offline") -> dict[str, Any]:
    folder = Folder()
    events: list[dict[str, Any]] = []
    alerts: list[dict[str, Any]] = []
    dead: list[dict[str, Any]] = []
    for lineno, article, raw, received in iter_articles(lines):
        if isinstance(article, Rejected):
            dead.append(dead_letter(raw, article, topic=source, received_at=received, offset=lineno).model_dump(mode="json"))
            continue
        for event in extract_events(article, received):
            events.append(event.model_dump(mode="json"))
            alerts.extend(a.model_dump(mode="json") for a in folder.apply(event))
    return {"events": events, "tallies": folder.tallies(), "alerts": alerts, "dead_letters": dead}
