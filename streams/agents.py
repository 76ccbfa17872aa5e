"""The two agents, as a thin shell over the pure core.

``intake``: articles -> ``decode_article`` -> ``extract_events`` -> ``events`` (keyed by front);
anything that cannot be decoded, or fails while being processed, goes to the dead-letter topic
with its original bytes. ``fold``: events -> ``fold`` into the ``tallies`` table -> ``alerts`` and
``alerts.<front>``. Nothing is dropped silently: every input message ends as published events or
as one dead letter.

The decisions are plain functions (:func:`route_article`, :func:`apply_events`) so they can be
tested without a broker; the agents only move bytes.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any


from schemas.models import Alert, CasualtyEvent, ControlEvent, DeadLetter, FrontState, parse_event_json
from streams.app import Frontwatch
from streams.core.extract import extract_events
from streams.core.fold import fold
from streams.core.frontkey import front_key
from streams.core.intake import Rejected, dead_letter, decode_article

log = logging.getLogger("frontwatch.agents")

# The fold agent reads events in batches and writes each touched front's state to the table once
# per batch: a front's state grows with its history, and one changelog record per event would
# make the changelog quadratic in the number of events.
FOLD_BATCH = 500
FOLD_WITHIN = 0.05
# Brokers refuse records above about 1 MiB by default. A dead letter carries its input base64
# (4/3 of its size), so one for a large input keeps only the first part of the raw bytes, says so
# in ``detail``, and names the partition and offset where the whole original stays readable.
DEAD_LETTER_MAX_B64 = 600 * 1024
DEAD_LETTER_FALLBACK_B64 = 256 * 1024

Event = CasualtyEvent | ControlEvent


def iso_time(timestamp: float | None) -> str:
    """A Kafka message timestamp (seconds) as an ISO date-time in UTC; now when it has none."""
    when = datetime.fromtimestamp(timestamp, tz=timezone.utc) if timestamp else datetime.now(timezone.utc)
    return when.isoformat(timespec="microseconds")


def _error(exc: BaseException) -> Rejected:
    return Rejected("processing_error", f"{type(exc).__name__}: {exc}"[:2000])


@dataclass
class Routed:
    events: list[Event] = field(default_factory=list)
    dead: DeadLetter | None = None


def route_article(raw: bytes | None, *, topic: str, partition: int | None, offset: int | None,
                  received_at: str) -> Routed:
    """One article message -> its events, or a dead letter saying why not."""
    try:
        article = decode_article(raw)
        return Routed(events=list(extract_events(article, received_at)))
    except Rejected as rejection:
        reason = rejection
    except Exception as exc:  # a bug in extraction must not stop the worker
        log.exception("intake: processing failed at %s[%s]@%s", topic, partition, offset)
        reason = _error(exc)
    return Routed(dead=dead_letter(raw, reason, topic=topic, received_at=received_at,
                                   partition=partition, offset=offset))


@dataclass
class Folded:
    states: dict[str, FrontState] = field(default_factory=dict)  # fronts changed by the batch
    partitions: dict[str, int | None] = field(default_factory=dict)  # front -> its events' partition
    alerts: list[Alert] = field(default_factory=list)
    dead: list[DeadLetter] = field(default_factory=list)


def apply_events(messages: Iterable[tuple[bytes | None, str, int | None, int | None, str]],
                 lookup: Any) -> Folded:
    """Fold a batch of event-log messages ``(value, topic, partition, offset, received_at)`` into
    the states ``lookup(front)`` returns (``None`` for a new front)."""
    out = Folded()
    for raw, topic, partition, offset, received_at in messages:
        try:
            if raw is None:
                raise Rejected("empty", "event message has no value")
            try:
                event = parse_event_json(raw)
            except Rejected:
                raise
            except Exception as exc:
                raise Rejected("bad_event", f"not a valid event: {type(exc).__name__}: {exc}"[:2000]) from None
            key = front_key(event.front)
            state = out.states.get(key)
            if state is None:
                state = lookup(key)
            state, alerts = fold(state, event)
            out.states[key] = state
            out.partitions[key] = partition
            out.alerts.extend(alerts)
        except Rejected as rejection:
            out.dead.append(dead_letter(raw, rejection, topic=topic, received_at=received_at,
                                        partition=partition, offset=offset))
        except Exception as exc:
            log.exception("fold: processing failed at %s[%s]@%s", topic, partition, offset)
            out.dead.append(dead_letter(raw, _error(exc), topic=topic, received_at=received_at,
                                        partition=partition, offset=offset))
    return out


def _json(model: Any) -> bytes:
    return model.model_dump_json().encode("utf-8")


async def publish_dead(fw: Frontwatch, dead: DeadLetter, key: bytes | None) -> None:
    """Publish a dead letter and wait until the broker has it; if the broker refuses it (a huge
    original), publish it again with the raw bytes cut short: the original stays readable in its
    topic at the partition and offset the dead letter names."""
    if len(dead.raw_b64) > DEAD_LETTER_MAX_B64:
        dead = _cut(dead, DEAD_LETTER_MAX_B64, "too large to carry whole")
    try:
        await (await fw.dead_letter.send(key=key, value=_json(dead)))
        return
    except Exception as exc:
        log.warning("dead-letter of %s[%s]@%s refused (%s); sending it with the raw bytes cut to %d",
                    dead.source_topic, dead.partition, dead.offset, exc, DEAD_LETTER_FALLBACK_B64)
        cut = _cut(dead, DEAD_LETTER_FALLBACK_B64, f"refused by the broker: {exc}")
    await (await fw.dead_letter.send(key=key, value=_json(cut)))


def _cut(dead: DeadLetter, chars: int, why: str) -> DeadLetter:
    chars -= chars % 4  # whole base64 quanta: the kept part still decodes
    return dead.model_copy(update={
        "raw_b64": dead.raw_b64[:chars],
        "detail": f"{dead.detail} [raw_b64 holds the first {chars // 4 * 3:,} bytes only ({why}); "
                  f"the whole input is at {dead.source_topic}[{dead.partition}]@{dead.offset}]"[:4000],
    })


@dataclass
class Counters:
    articles_in: int = 0
    events_out: int = 0
    dead_letters: int = 0
    events_in: int = 0
    alerts_out: int = 0

    def line(self) -> str:
        return (f"articles in={self.articles_in} events out={self.events_out} dead letters={self.dead_letters} "
                f"| events folded={self.events_in} alerts={self.alerts_out}")


def register(fw: Frontwatch) -> Counters:
    """Attach the agents to the app; return the counters they keep (logged every 10 s)."""
    app, counters = fw.app, Counters()

    @app.agent(fw.articles, name="intake")
    async def intake(stream: Any) -> None:
        async for item in stream.events():
            msg = item.message
            counters.articles_in += 1
            routed = route_article(item.value, topic=msg.topic, partition=msg.partition,
                                   offset=msg.offset, received_at=iso_time(msg.timestamp))
            try:
                for event in routed.events:
                    await fw.events.send(key=front_key(event.front).encode("utf-8"), value=_json(event))
                counters.events_out += len(routed.events)
            except Exception as exc:  # the events that did go out are idempotent in the fold
                log.exception("intake: publishing events of %s[%s]@%s failed", msg.topic, msg.partition, msg.offset)
                routed.dead = dead_letter(item.value, _error(exc), topic=msg.topic,
                                          received_at=iso_time(msg.timestamp),
                                          partition=msg.partition, offset=msg.offset)
            if routed.dead is not None:
                counters.dead_letters += 1
                log.info("intake: dead-lettered %s[%s]@%s: %s", msg.topic, msg.partition, msg.offset, routed.dead.reason)
                await publish_dead(fw, routed.dead, msg.key)

    @app.agent(fw.events, name="fold")
    async def fold_events(stream: Any) -> None:
        async for batch in stream.take_events(FOLD_BATCH, within=FOLD_WITHIN):
            counters.events_in += len(batch)
            folded = apply_events(
                ((e.value, e.message.topic, e.message.partition, e.message.offset, iso_time(e.message.timestamp))
                 for e in batch),
                fw.tallies.get)
            for front, state in folded.states.items():
                await fw.tallies.set_state(front, state, folded.partitions[front])
            for alert in folded.alerts:
                value, key = _json(alert), alert.front.encode("utf-8")
                await fw.alerts.send(key=key, value=value)
                await (await fw.front_topic(alert.front)).send(key=key, value=value)
            counters.alerts_out += len(folded.alerts)
            for dead in folded.dead:
                counters.dead_letters += 1
                log.warning("fold: dead-lettered %s[%s]@%s: %s", dead.source_topic, dead.partition, dead.offset, dead.reason)
                await publish_dead(fw, dead, None)

    last = [""]

    @app.timer(10.0)
    async def report() -> None:
        line = counters.line()
        if line != last[0]:
            last[0] = line
            log.info("frontwatch: %s", line)

    return counters
