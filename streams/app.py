"""The Faust app: topics, the ``tallies`` table and how values are (de)serialised. Wiring only.

Serialisation: every topic is a raw-bytes topic. The shell decodes input values itself (so a bad
message becomes a dead letter instead of a Faust decode error that would be logged and skipped),
and writes every output as ``model.model_dump_json()`` of a ``schemas.models`` model, which always
carries ``schema_version``. The table is the one place that uses a Faust codec
(:class:`PydanticCodec`): its changelog holds each front's ``FrontState`` as JSON, and recovery
reads it back into ``FrontState`` objects.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

import faust
from faust.serializers.codecs import Codec
from pydantic import BaseModel

from schemas.models import FrontState, parse_front_state
from streams.broker import faust_defaults
from streams.config import Settings

# A tally history of a busy front is several hundred KB of JSON; keep well above it everywhere.
MAX_MESSAGE_BYTES = 16 * 1024 * 1024
TABLE_NAME = "tallies"
# Kafka topic names: letters, digits, '.', '_', '-'; at most 249 characters.
_TOPIC_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


class PydanticCodec(Codec):
    """Faust codec for one pydantic model: JSON bytes on the wire, model instances in memory.
    ``parse`` reads the bytes when older formats of the model need upcasting."""

    def __init__(self, model: type[BaseModel], parse: Callable[[bytes], BaseModel] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(model=model, parse=parse, **kwargs)  # kwargs: what Codec.clone passes on
        self.model = model
        self.parse = parse or model.model_validate_json

    def _dumps(self, obj: Any) -> bytes:
        if isinstance(obj, BaseModel):
            return obj.model_dump_json().encode("utf-8")
        return self.model.model_validate(obj).model_dump_json().encode("utf-8")

    def _loads(self, s: bytes) -> Any:
        return self.parse(s)


class StateTable(faust.Table):
    """The ``tallies`` table: raw front keys (the same bytes as the ``events`` key, so a front's
    state lands in its events' partition) and ``FrontState`` values through :class:`PydanticCodec`.
    The changelog topic is built from these serializers, so recovery yields ``FrontState``s."""

    def _serializer_from_type(self, typ: Any) -> Any:
        if typ in (str, bytes):
            return "raw"
        return PydanticCodec(FrontState, parse_front_state)

    async def set_state(self, front: str, state: FrontState, partition: int | None) -> None:
        """``table[front] = state``, with its changelog record delivered before this returns.

        ``table[key] = value`` only buffers the changelog record (Faust's ``send_soon``), and the
        buffer's flush before an offset commit gives up after 0.1 s: a batch's offsets could be
        committed before its state reached the broker, and a kill -9 then would lose the batch
        from the table for good. The fold agent awaits this before the batch is acknowledged.
        The record goes to the partition of the front's events (Faust would take it from the
        event being processed; the fold agent writes after a whole batch)."""
        self.data[front] = state
        pending = await self.changelog_topic.send(
            key=front, value=state, partition=partition,
            key_serializer=self.key_serializer, value_serializer=self.value_serializer,
            callback=self._on_changelog_sent)
        await pending


def changelog_topic_name(app_id: str) -> str:
    """Faust's name for the table's changelog: ``<app id>-<table>-changelog``."""
    return f"{app_id}-{TABLE_NAME}-changelog"


def front_alerts_topic(settings: Settings, front: str) -> str:
    return _TOPIC_UNSAFE.sub("_", settings.topics.front_alerts(front))[:249]


def broker_urls(bootstrap: str) -> list[str]:
    return [f"kafka://{h.strip()}" for h in bootstrap.split(",") if h.strip()]


@dataclass
class Frontwatch:
    """The app and everything the agents publish to or read from."""

    settings: Settings
    app: faust.App
    articles: Any
    dead_letter: Any
    events: Any
    alerts: Any
    tallies: Any
    _front_topics: dict[str, Any] = field(default_factory=dict)

    def raw_topic(self, name: str) -> Any:
        return self.app.topic(name, key_type=bytes, value_type=bytes,
                              key_serializer="raw", value_serializer="raw")

    async def front_topic(self, front: str) -> Any:
        """``alerts.<front>``, created on first use."""
        topic = self._front_topics.get(front)
        if topic is None:
            topic = self.raw_topic(front_alerts_topic(self.settings, front))
            await topic.maybe_declare()
            self._front_topics[front] = topic
        return topic


def create_app(settings: Settings, bootstrap: str) -> Frontwatch:
    web = settings.web_port > 0
    datadir = settings.data_dir / "faust" / settings.app_id
    datadir.parent.mkdir(parents=True, exist_ok=True)
    app = faust.App(
        settings.app_id,
        broker=broker_urls(bootstrap),
        store="memory://",
        datadir=str(datadir),
        autodiscover=False,
        key_serializer="raw",
        value_serializer="raw",
        topic_allow_declare=True,
        topic_replication_factor=1,
        topic_partitions=settings.topics.partitions,
        # One worker per partition set; a standby replica only helps with several workers.
        table_standby_replicas=0,
        # Join the group in seconds rather than the default half minute.
        broker_session_timeout=10,
        broker_heartbeat_interval=2,
        broker_commit_interval=1.0,
        consumer_auto_offset_reset="earliest",
        producer_max_request_size=MAX_MESSAGE_BYTES,
        web_enabled=web,
        web_port=settings.web_port if web else 6066,
        web_bind="127.0.0.1",
        **faust_defaults(),  # fetch/poll limits that keep a backlog consumable on every broker
    )
    fw = Frontwatch(
        settings=settings, app=app,
        articles=None, dead_letter=None, events=None, alerts=None, tallies=None,
    )
    topics = settings.topics
    fw.articles = fw.raw_topic(topics.articles)
    fw.dead_letter = fw.raw_topic(topics.dead_letter)
    fw.events = fw.raw_topic(topics.events)
    fw.alerts = fw.raw_topic(topics.alerts)
    fw.tallies = app.tables.add(StateTable(
        app, name=TABLE_NAME, beacon=app.tables.beacon, default=None, key_type=str, value_type=None,
        partitions=topics.partitions,
        # A front's whole state is one changelog record, and Kafka refuses records over 1 MiB
        # unless the topic allows more: a busy front passes that (see README, Known limits).
        extra_topic_configs={"max.message.bytes": str(MAX_MESSAGE_BYTES)},
    ))
    return fw
