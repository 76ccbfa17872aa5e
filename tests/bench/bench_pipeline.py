"""End-to-end benchmark of the streaming pipeline on the embedded broker (not collected by pytest).

    python tests/bench/bench_pipeline.py [--repeat N] [--latency-samples M] [--corpus FILE]

1. Throughput: publish the bench corpus (``--repeat`` times, with fresh ids) to a real worker
   (``python -m streams worker`` subprocess) and time until the worker has committed every
   article and every event: articles/s through broker, intake and fold.
2. Latency: publish one article at a time, each raising a casualty figure, and time from the
   publish to its alert on the ``alerts`` topic: p50 / p99.

Uses KAFKA_BOOTSTRAP_SERVERS when set, else a fresh embedded broker on a free port.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import orjson  # noqa: E402

from streams.broker import EmbeddedBroker, ensure_topics  # noqa: E402
from streams.commands import WorkerProcess, _free_port, core_topics  # noqa: E402
from streams.config import Settings, Topics  # noqa: E402
from streams.topics_io import Publisher, group_lag  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "bench" / "fakes-syria.jsonl"


def wait_idle(bootstrap: str, settings: Settings, worker: WorkerProcess, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        lags = [group_lag(bootstrap, settings.app_id, t) for t in (settings.topics.articles, settings.topics.events)]
        if lags == [0, 0]:
            return
        if not worker.alive():
            raise SystemExit(f"worker exited:\n{worker.log_tail()}")
        if time.monotonic() > deadline:
            raise SystemExit(f"worker not idle after {timeout:.0f} s (lag {lags}):\n{worker.log_tail()}")
        time.sleep(0.05)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--repeat", type=int, default=3, help="publish the corpus this many times (fresh ids)")
    ap.add_argument("--latency-samples", type=int, default=100)
    args = ap.parse_args()

    lines = [orjson.loads(line) for line in Path(args.corpus).read_bytes().splitlines() if line.strip()]
    tmp = Path(tempfile.mkdtemp(prefix="frontwatch-bench-"))
    broker = None
    bootstrap = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "").strip()
    if not bootstrap:
        broker = EmbeddedBroker(port=_free_port(), data_dir=tmp / "broker").start()
        bootstrap = broker.bootstrap
    run = f"bench{uuid.uuid4().hex[:6]}"
    settings = Settings(bootstrap_servers=bootstrap, app_id=f"frontwatch-{run}", data_dir=tmp, web_port=0,
                        topics=Topics(articles=f"{run}.articles", dead_letter=f"{run}.articles.dead-letter",
                                      events=f"{run}.events", alerts=f"{run}.alerts", partitions=1))
    ensure_topics(bootstrap, core_topics(settings))
    worker = WorkerProcess(settings, bootstrap, tmp / "worker.log")
    try:
        # warm-up: the worker has joined its group and processed one article
        pub = Publisher(bootstrap)
        pub.send(settings.topics.articles, orjson.dumps({**lines[0], "id": "warm-up"}))
        pub.close()
        t0 = time.monotonic()
        while group_lag(bootstrap, settings.app_id, settings.topics.articles) != 0:
            time.sleep(0.1)
            if time.monotonic() - t0 > 60:
                raise SystemExit(f"worker did not start:\n{worker.log_tail()}")
        print(f"worker ready in {time.monotonic() - t0:.1f} s (broker {bootstrap})", flush=True)

        # 1. throughput
        n = len(lines) * args.repeat
        size = 0
        t0 = time.monotonic()
        pub = Publisher(bootstrap)
        for r in range(args.repeat):
            for i, art in enumerate(lines):
                value = orjson.dumps({**art, "id": f"{art['id']}-r{r}"})
                size += len(value)
                pub.send(settings.topics.articles, value)
        rep = pub.close()
        t_pub = time.monotonic() - t0
        wait_idle(bootstrap, settings, worker, timeout=600)
        t_all = time.monotonic() - t0
        print(f"throughput: {n} articles ({size / 1e6:.1f} MB) published in {t_pub:.1f} s "
              f"({rep.sent / t_pub:,.0f}/s); processed end to end in {t_all:.1f} s: "
              f"{n / t_all:,.0f} articles/s", flush=True)
        if rep.failed:
            print(f"  {len(rep.failed)} not sent: {rep.failed[:3]}")

        # 2. latency publish -> alert, one article at a time
        latencies: list[float] = []
        pub_times: dict[str, float] = {}
        from kafka import KafkaProducer

        from kafka import KafkaConsumer, TopicPartition

        from streams.broker import consumer_defaults

        producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=0)
        consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False,
                                 **consumer_defaults())
        tp = TopicPartition(settings.topics.alerts, 0)
        consumer.assign([tp])
        consumer.seek_to_end(tp)
        consumer.position(tp)
        for k in range(args.latency_samples):
            art_id = f"lat-{k}"
            body = (f"At least {1000 + k} civilians have been killed in Douma since the offensive began, "
                    "the Syrian Observatory for Human Rights said.")
            pub_times[art_id] = time.monotonic()
            producer.send(settings.topics.articles, orjson.dumps(
                {"id": art_id, "outlet": "AFP", "published_at": "2030-01-01", "body": body}))
            producer.flush()
            deadline, seen = time.monotonic() + 10, False
            while not seen and time.monotonic() < deadline:
                for records in consumer.poll(timeout_ms=100).values():
                    for rec in records:
                        if orjson.loads(rec.value)["article_id"] == art_id and not seen:
                            latencies.append(time.monotonic() - pub_times[art_id])
                            seen = True
            if not seen:
                print(f"  no alert for {art_id} within 10 s")
        consumer.close()
        producer.close()
        if latencies:
            ms = [x * 1000 for x in latencies]
            print(f"latency publish -> alert over {len(ms)} articles: p50 {pct(ms, 0.5):.0f} ms, "
                  f"p99 {pct(ms, 0.99):.0f} ms, mean {statistics.mean(ms):.0f} ms, max {max(ms):.0f} ms", flush=True)
        return 0
    finally:
        worker.stop()
        if broker is not None:
            broker.stop()


if __name__ == "__main__":
    raise SystemExit(main())
