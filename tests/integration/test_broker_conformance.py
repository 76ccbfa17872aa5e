"""What Frontwatch relies on from a Kafka-protocol broker, pinned on whichever backend the session
uses (embedded noida-db, Apache Kafka via testcontainers, or KAFKA_BOOTSTRAP_SERVERS).

Every test writes to its own fresh topic and group, so the suite runs unchanged on a shared cluster.
"""
from __future__ import annotations

import select
import subprocess
import sys
import time
import uuid

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, OffsetAndMetadata, TopicPartition
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from streams.broker import consumer_defaults, ensure_topics

pytestmark = pytest.mark.broker

TIMEOUT = 20.0


def _name(prefix: str) -> str:
    return f"conformance.{prefix}.{uuid.uuid4().hex[:8]}"


def _produce(bootstrap: str, topic: str, records: list[tuple[bytes, bytes]], batches: int = 1) -> None:
    """Send ``records`` in ``batches`` flushed chunks (several record batches in the log)."""
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    try:
        size = -(-len(records) // batches)
        for i in range(0, len(records), size):
            for key, value in records[i:i + size]:
                producer.send(topic, key=key, value=value)
            producer.flush(timeout=TIMEOUT)
    finally:
        producer.close(timeout=TIMEOUT)


def _consumer(bootstrap: str, **kw) -> KafkaConsumer:
    opts = {**consumer_defaults(), "enable_auto_commit": False, "auto_offset_reset": "earliest", **kw}
    return KafkaConsumer(bootstrap_servers=bootstrap, **opts)


def _poll_n(consumer: KafkaConsumer, n: int, timeout: float = TIMEOUT, max_records: int | None = None) -> list:
    """Poll until ``n`` records arrived (or the timeout); return them in partition order."""
    got: list = []
    deadline = time.monotonic() + timeout
    while len(got) < n and time.monotonic() < deadline:
        remaining = n - len(got) if max_records is None else min(max_records, n - len(got))
        for records in consumer.poll(timeout_ms=500, max_records=remaining).values():
            got.extend(records)
    return got


def _read_all(bootstrap: str, topic: str, n: int, partition: int = 0) -> list:
    consumer = _consumer(bootstrap)
    try:
        tp = TopicPartition(topic, partition)
        consumer.assign([tp])
        consumer.seek_to_beginning(tp)
        return _poll_n(consumer, n)
    finally:
        consumer.close()


def _records(n: int, tag: str = "") -> list[tuple[bytes, bytes]]:
    return [(f"key-{i % 7}".encode(), f"{tag}value-{i}".encode()) for i in range(n)]


def test_round_trip_keeps_keys_values_and_order(kafka_bootstrap: str) -> None:
    topic = _name("roundtrip")
    ensure_topics(kafka_bootstrap, [topic])
    sent = _records(50)
    _produce(kafka_bootstrap, topic, sent)

    got = _read_all(kafka_bootstrap, topic, len(sent))

    assert [(m.key, m.value) for m in got] == sent
    assert [m.offset for m in got] == list(range(len(sent)))


def test_end_offsets_equal_number_of_messages(kafka_bootstrap: str) -> None:
    # Tansu 0.6.0 reports "start of the last batch + 1" here; Faust's table recovery reads up to
    # the end offset, so a wrong one silently drops state. Several batches make the bug visible.
    topic = _name("offsets")
    ensure_topics(kafka_bootstrap, [topic])
    sent = _records(37)
    _produce(kafka_bootstrap, topic, sent, batches=4)

    consumer = _consumer(kafka_bootstrap)
    try:
        tp = TopicPartition(topic, 0)
        assert consumer.beginning_offsets([tp]) == {tp: 0}
        assert consumer.end_offsets([tp]) == {tp: len(sent)}
        # and the records up to the end offset are all there
        consumer.assign([tp])
        consumer.seek_to_beginning(tp)
        assert len(_poll_n(consumer, len(sent) + 1, timeout=3.0)) == len(sent)
    finally:
        consumer.close()


def test_group_member_resumes_from_committed_offset(kafka_bootstrap: str) -> None:
    topic, group = _name("group"), _name("g")
    ensure_topics(kafka_bootstrap, [topic])
    sent = _records(20)
    _produce(kafka_bootstrap, topic, sent)
    tp = TopicPartition(topic, 0)

    first = _consumer(kafka_bootstrap, group_id=group)
    try:
        first.subscribe([topic])
        got = _poll_n(first, 8, max_records=8)
        assert [m.value for m in got] == [v for _, v in sent[:8]]
        first.commit()  # commits the consumed position: 8
        assert first.committed(tp) == 8
    finally:
        first.close()  # a clean leave

    second = _consumer(kafka_bootstrap, group_id=group)
    try:
        assert second.committed(tp) == 8
        second.subscribe([topic])
        rest = _poll_n(second, len(sent) - 8)
        assert [m.offset for m in rest] == list(range(8, len(sent)))
        assert [m.value for m in rest] == [v for _, v in sent[8:]]
    finally:
        second.close()


def test_topic_creation_is_idempotent(kafka_bootstrap: str) -> None:
    topic = _name("create")
    assert ensure_topics(kafka_bootstrap, [topic], partitions=3) == [topic]
    assert ensure_topics(kafka_bootstrap, [topic], partitions=3) == []

    admin = KafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    try:
        (meta,) = admin.describe_topics([topic])
        assert len(meta["partitions"]) == 3
        # ensure_topics relies on the broker saying "already exists" when two processes race
        with pytest.raises(TopicAlreadyExistsError):
            admin.create_topics([NewTopic(topic, 3, 1)])
    finally:
        admin.close()


def test_data_and_commits_survive_clean_restart(kafka_bootstrap: str, restart_broker) -> None:
    topic, group = _name("restart"), _name("g")
    ensure_topics(kafka_bootstrap, [topic])
    sent = _records(30)
    _produce(kafka_bootstrap, topic, sent, batches=3)
    tp = TopicPartition(topic, 0)
    member = _consumer(kafka_bootstrap, group_id=group)
    try:
        member.assign([tp])
        member.commit({tp: OffsetAndMetadata(12, "", -1)})
    finally:
        member.close()

    restart_broker()

    got = _read_all(kafka_bootstrap, topic, len(sent))
    assert [(m.key, m.value) for m in got] == sent
    check = _consumer(kafka_bootstrap, group_id=group)
    try:
        assert check.end_offsets([tp]) == {tp: len(sent)}
        assert check.committed(tp) == 12
    finally:
        check.close()
    # and the restarted broker takes new writes after the old ones
    _produce(kafka_bootstrap, topic, [(b"k", b"after-restart")])
    assert _read_all(kafka_bootstrap, topic, len(sent) + 1)[-1].value == b"after-restart"


_MEMBER = """
import sys
from kafka import KafkaConsumer
from streams.broker import consumer_defaults
c = KafkaConsumer(bootstrap_servers=sys.argv[1], group_id=sys.argv[2], enable_auto_commit=False,
                  auto_offset_reset="earliest", session_timeout_ms=6000, heartbeat_interval_ms=2000,
                  **consumer_defaults())
c.subscribe([sys.argv[3]])
while not c.poll(timeout_ms=500):
    pass
print("consuming", flush=True)
while True:
    c.poll(timeout_ms=500)
"""


def test_partition_moves_on_after_a_member_is_killed(kafka_broker) -> None:
    # The fault test kills workers with kill -9. Apache Kafka evicts the dead member after its
    # session timeout; noida-db never does, until it restarts (kafka_broker.evict_crashed_members).
    bootstrap = kafka_broker.bootstrap
    topic, group = _name("crash"), _name("g")
    ensure_topics(bootstrap, [topic])
    sent = _records(10)
    _produce(bootstrap, topic, sent)

    proc = subprocess.Popen([sys.executable, "-c", _MEMBER, bootstrap, group, topic],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        ready, _, _ = select.select([proc.stdout], [], [], TIMEOUT)
        assert ready and proc.stdout.readline().strip() == "consuming"  # it holds the partition now
    finally:
        proc.kill()  # SIGKILL: no LeaveGroup
        proc.wait()

    kafka_broker.evict_crashed_members()

    successor = _consumer(bootstrap, group_id=group, session_timeout_ms=6000, heartbeat_interval_ms=2000)
    try:
        successor.subscribe([topic])
        got = _poll_n(successor, len(sent), timeout=30.0)  # > session timeout + a rebalance
        assert [m.value for m in got] == [v for _, v in sent]  # nothing was committed
    finally:
        successor.close()
