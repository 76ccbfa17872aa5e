"""Reading and writing Frontwatch topics with kafka-python, for the command line and the tests.

Input sources for ``feed`` (JSONL files, folders of .txt/.json files, stdin), a producer that
reports what it sent, reading a topic from offset 0 to its end offsets (``tallies``, ``rebuild``),
and following a topic as messages arrive (``alerts``). No extraction or tally logic here.
"""
from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from streams.broker import consumer_defaults, kafka_reachable

# Brokers refuse records above their message size limit: Apache Kafka's default and noida-db's
# are about 1 MiB. A refused record is a fatal error for kafka-python's producer (it aborts every
# batch in flight), so feed never sends what the broker will refuse: it reports it instead.
# Raise the limit (FRONTWATCH_MAX_MESSAGE_BYTES / --max-message-bytes) when the topic allows more.
DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024 - 2048
PRODUCER_MAX_REQUEST_BYTES = 16 * 1024 * 1024


def max_message_bytes() -> int:
    import os

    value = os.environ.get("FRONTWATCH_MAX_MESSAGE_BYTES", "").strip()
    return int(value) if value else DEFAULT_MAX_MESSAGE_BYTES


class BrokerUnreachable(RuntimeError):
    pass


def require_broker(bootstrap: str, *, where: str) -> None:
    """Fail early, with the address and the fix, instead of a client timing out later."""
    if not kafka_reachable(bootstrap, timeout=5.0):
        raise BrokerUnreachable(
            f"cannot reach a Kafka broker at {bootstrap} ({where}).\n"
            "  - with KAFKA_BOOTSTRAP_SERVERS set: check the address and that the cluster is up;\n"
            "  - without it: leave it unset and run `python -m streams worker` (it starts the embedded\n"
            "    broker) or `python -m streams broker` in another terminal.")


# --------------------------------------------------------------------------- feed input

@dataclass
class Item:
    """One message to publish: its bytes and where it came from (for reports)."""

    origin: str
    value: bytes


_HEADER = re.compile(r"^(title|headline|outlet|date|published_at|published|id):\s*(.*)$", re.I)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][0-9:.+\-Z]+)?")


def article_from_text(path: Path) -> bytes:
    """A .txt file as an article: id from the file name, body the text. An optional header block
    of ``key: value`` lines (title/headline, outlet, date/published_at, id) followed by a blank
    line supplies the metadata, as in the evaluation articles."""
    text = path.read_text(encoding="utf-8", errors="replace")
    meta: dict[str, Any] = {"id": path.stem, "outlet": None, "published_at": None, "headline": None}
    lines = text.splitlines()
    header: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            if header:
                text = "\n".join(lines[i + 1:]).strip("\n")
            break
        m = _HEADER.match(line)
        if m is None:
            header = {}
            break
        header[m.group(1).lower()] = m.group(2).strip()
    if header:
        headline = header.get("headline") or header.get("title")
        if headline and not headline.startswith("("):
            meta["headline"] = headline
        meta["outlet"] = header.get("outlet") or None
        date = header.get("published_at") or header.get("date") or header.get("published") or ""
        m = _ISO_DAY.match(date)
        meta["published_at"] = m.group(0) if m else None
        meta["id"] = header.get("id") or meta["id"]
    meta["body"] = text
    return orjson.dumps(meta)


def iter_source(source: str, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Messages from a JSONL file, a folder of .json/.txt/.jsonl files (name order), or ``-``."""
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        for n, line in enumerate(stream, 1):
            yield Item(f"<stdin>:{n}", line.rstrip(b"\r\n"))
        return
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in (".json", ".txt", ".jsonl") and p.is_file())
        if not files:
            raise FileNotFoundError(f"{path}: no .json, .jsonl or .txt files in this folder")
        for p in files:
            yield from _iter_file(p)
        return
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file or folder")
    yield from _iter_file(path)


def _iter_file(path: Path) -> Iterator[Item]:
    if path.suffix == ".txt":
        yield Item(str(path), article_from_text(path))
    elif path.suffix == ".json":
        raw = path.read_bytes()
        try:  # a pretty-printed article: send it compact, one message
            raw = orjson.dumps(orjson.loads(raw))
        except orjson.JSONDecodeError:
            pass  # sent as is (with --no-validate); the worker dead-letters it
        yield Item(str(path), raw)
    else:
        with path.open("rb") as fh:
            for n, line in enumerate(fh, 1):
                yield Item(f"{path}:{n}", line.rstrip(b"\r\n"))


def count_items(source: str) -> int | None:
    """How many messages a source holds, for the progress bar (None for stdin)."""
    if source == "-":
        return None
    path = Path(source)
    if path.is_dir():
        n = 0
        for p in path.iterdir():
            if p.suffix == ".jsonl":
                n += _count_lines(p)
            elif p.suffix in (".json", ".txt"):
                n += 1
        return n
    if path.suffix in (".json", ".txt"):
        return 1
    return _count_lines(path) if path.exists() else None


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for _ in fh)


# --------------------------------------------------------------------------- producing

@dataclass
class SendReport:
    sent: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (origin, error)


class Publisher:
    """A kafka-python producer that counts what the broker acknowledged."""

    def __init__(self, bootstrap: str, max_bytes: int | None = None, **overrides: Any) -> None:
        from kafka import KafkaProducer

        self.report = SendReport()
        self.max_bytes = max_bytes or max_message_bytes()
        self._producer = KafkaProducer(
            bootstrap_servers=bootstrap, client_id="frontwatch-feed", acks="all", linger_ms=5,
            max_request_size=PRODUCER_MAX_REQUEST_BYTES, retries=5, **overrides)

    def send(self, topic: str, value: bytes, key: bytes | None = None, origin: str = "") -> None:
        size = len(value) + len(key or b"")
        if size > self.max_bytes:
            self.report.failed.append((origin, f"not sent: {size:,} bytes is above the broker's message limit "
                                               f"({self.max_bytes:,}; see --max-message-bytes)"))
            return
        try:
            fut = self._producer.send(topic, value=value, key=key)
        except Exception as exc:  # e.g. larger than the producer's own limit
            self.report.failed.append((origin, f"{type(exc).__name__}: {exc}"))
            return

        def ok(_meta: Any) -> None:
            self.report.sent += 1

        def err(exc: BaseException) -> None:
            self.report.failed.append((origin, f"{type(exc).__name__}: {exc}"))

        fut.add_callback(ok)
        fut.add_errback(err)

    def close(self, timeout: float = 60.0) -> SendReport:
        self._producer.flush(timeout=timeout)
        self._producer.close(timeout=timeout)
        return self.report


# --------------------------------------------------------------------------- consuming

def topic_exists(bootstrap: str, topic: str) -> bool:
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, client_id="frontwatch-cli", **consumer_defaults())
    try:
        return topic in consumer.topics()
    finally:
        consumer.close()


def read_to_end(bootstrap: str, topic: str, *, timeout: float = 120.0) -> Iterator[Any]:
    """Every record of ``topic`` from offset 0 up to the end offsets taken when reading starts
    (all partitions; within a partition in offset order). Raises ``LookupError`` when the topic
    does not exist."""
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, client_id="frontwatch-cli", enable_auto_commit=False,
                             group_id=None, **consumer_defaults())
    try:
        parts = consumer.partitions_for_topic(topic)
        if not parts:
            raise LookupError(topic)
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        ends = consumer.end_offsets(tps)
        pending = {tp for tp in tps if ends[tp] > consumer.position(tp)}
        deadline = time.monotonic() + timeout
        while pending:
            if time.monotonic() > deadline:
                raise TimeoutError(f"reading {topic}: end offsets not reached after {timeout:.0f} s")
            batch = consumer.poll(timeout_ms=500)
            for tp, records in batch.items():
                end = ends[tp]
                for rec in records:
                    if rec.offset < end:
                        yield rec
                if consumer.position(tp) >= end:
                    pending.discard(tp)
                    consumer.pause(tp)
    finally:
        consumer.close()


def follow(bootstrap: str, topic: str, *, from_beginning: bool, timeout: float | None,
           stop: Callable[[], bool] = lambda: False) -> Iterator[Any]:
    """Records of ``topic`` as they arrive (all partitions), until ``timeout`` seconds have passed
    or ``stop()`` says so. Without ``from_beginning`` only records produced from now on."""
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, client_id="frontwatch-alerts", enable_auto_commit=False,
                             group_id=None, **consumer_defaults())
    deadline = time.monotonic() + timeout if timeout else None
    try:
        parts: set[int] | None = None
        while not parts:  # the topic may not exist yet: wait for it (alerts.<front> is made on demand)
            parts = consumer.partitions_for_topic(topic)
            if parts:
                break
            if deadline is not None and time.monotonic() > deadline:
                return
            consumer._client.cluster.request_update()
            time.sleep(0.5)
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        consumer.assign(tps)
        if from_beginning:
            consumer.seek_to_beginning(*tps)
        else:
            consumer.seek_to_end(*tps)
            for tp in tps:
                consumer.position(tp)  # resolve "end" now, not at the first poll
        while not stop():
            wait_ms = 500
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    return
                wait_ms = max(1, min(wait_ms, int(left * 1000)))
            for records in consumer.poll(timeout_ms=wait_ms).values():
                for rec in records:
                    yield rec
    finally:
        consumer.close()


def group_lag(bootstrap: str, group: str, topic: str) -> int | None:
    """How many records of ``topic`` the consumer group has not committed yet (None if unknown)."""
    from kafka import KafkaConsumer, TopicPartition

    try:
        # a consumer that names the group but never joins it: only reads its committed offsets
        consumer = KafkaConsumer(bootstrap_servers=bootstrap, client_id="frontwatch-cli", group_id=group,
                                 enable_auto_commit=False, **consumer_defaults())
    except Exception:
        return None
    try:
        parts = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        ends = consumer.end_offsets(tps)
        return sum(max(0, ends[tp] - (consumer.committed(tp) or 0)) for tp in tps)
    except Exception:
        return None
    finally:
        consumer.close()


def records_values(records: Iterable[Any]) -> Iterator[bytes | None]:
    for rec in records:
        yield rec.value
