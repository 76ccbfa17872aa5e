"""Helpers shared by the fault-tolerance tests (test_fault.py, test_duplicates.py).

Input: the dev-set articles (``../shared/eval/dev/articles/*.txt``) read with the evaluation's own
header parsing (``score.read_article``), so the worker sees exactly what the scorer feeds the
offline command. Run: an app id and topics of its own, the worker as a subprocess
(``python -m streams worker``). Checks: what reached the event log, the dead letters, the live
table (every event id folded) and the tallies, each against the offline run of the same lines.
"""
from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.commands import PROJECT_ROOT, WorkerProcess, live_states, tally_rows, worker_env
from streams.config import Settings, Topics
from streams.topics_io import group_lag, read_to_end

DEV_DIR = Path(os.environ.get("FRONTWATCH_DEV_SET", PROJECT_ROOT.parent / "shared" / "eval" / "dev"))
SCORE_PY = DEV_DIR.parent / "score.py"


def dev_articles() -> list[dict[str, Any]]:
    """The dev-set articles as ``score.py`` builds them (skips the test when the set is absent)."""
    articles_dir = DEV_DIR / "articles"
    files = sorted(articles_dir.glob("*.txt")) if articles_dir.is_dir() else []
    if not files or not SCORE_PY.is_file():
        pytest.skip(f"dev set not found ({articles_dir}, {SCORE_PY})")
    spec = importlib.util.spec_from_file_location("frontwatch_eval_score", SCORE_PY)
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return [score.read_article(p) for p in files]


def pin_dates(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The articles with every missing ``published_at`` set to the day ``run_offline`` lets them
    arrive on.

    An undated article is reported at its arrival time and its relative dates ("on Saturday")
    resolve against it: offline that is the offline clock's day (the newest date seen so far), in
    the worker the record's timestamp (now). The two cannot agree on undated articles, whatever
    the fault handling does, so the fault tests date them explicitly: then the live run and
    ``run_offline`` see identical articles and their tallies must agree exactly."""
    from streams.core import pipeline

    lines = [orjson.dumps(a) for a in articles]
    try:
        stamped = list(pipeline.iter_articles(lines))
    except TypeError:  # older signature: iter_articles(lines, clock)
        stamped = list(pipeline.iter_articles(lines, pipeline.OfflineClock()))
    out = []
    for article, (_lineno, _decoded, _raw, received) in zip(articles, stamped):
        day = received[:10]
        if not article.get("published_at") and day > "0001-01-01":
            article = dict(article, published_at=day)
        out.append(article)
    return out


def publish(bootstrap: str, topic: str, lines: list[bytes], ids: list[str]) -> None:
    """Publish the lines in this order, keyed by article id; fails unless the broker acks all."""
    from kafka import KafkaProducer

    producer = KafkaProducer(bootstrap_servers=bootstrap, client_id="frontwatch-test-feed", acks="all",
                             linger_ms=5, retries=5, max_in_flight_requests_per_connection=1)
    try:
        futures = [producer.send(topic, value=line, key=art_id.encode("utf-8"))
                   for line, art_id in zip(lines, ids)]
        producer.flush(timeout=60)
        offsets = [f.get(timeout=30).offset for f in futures]
    finally:
        producer.close(timeout=30)
    assert len(offsets) == len(lines), "not every article was acknowledged by the broker"


def comparable(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return sorted((r["front"], r["party"], r["outcome"], r["count"], r["low"], r["high"]) for r in rows)


def run_settings(bootstrap: str, data_dir: Path) -> Settings:
    run = f"t{uuid.uuid4().hex[:8]}"
    p = f"{run}."
    return Settings(
        bootstrap_servers=bootstrap, app_id=f"frontwatch-{run}", data_dir=data_dir, web_port=0,
        topics=Topics(articles=p + "articles", dead_letter=p + "articles.dead-letter", events=p + "events",
                      alerts=p + "alerts", partitions=1))


class EndOffsets:
    """Cheap progress probe: the summed end offsets of a few topics (one long-lived consumer)."""

    def __init__(self, bootstrap: str) -> None:
        from kafka import KafkaConsumer

        from streams.broker import consumer_defaults

        self._consumer = KafkaConsumer(bootstrap_servers=bootstrap, client_id="frontwatch-test-probe",
                                       enable_auto_commit=False, group_id=None, **consumer_defaults())

    def total(self, topic: str) -> int:
        from kafka import TopicPartition

        parts = self._consumer.partitions_for_topic(topic) or set()
        if not parts:
            return 0
        ends = self._consumer.end_offsets([TopicPartition(topic, p) for p in parts])
        return sum(ends.values())

    def close(self) -> None:
        self._consumer.close()



def topic_records(bootstrap: str, topic: str) -> list[Any]:
    """Every record of a topic up to its end offsets; none when the topic does not exist yet."""
    try:
        return list(read_to_end(bootstrap, topic))
    except LookupError:
        return []


def topic_values(bootstrap: str, topic: str) -> list[dict[str, Any]]:
    return [orjson.loads(r.value) for r in topic_records(bootstrap, topic)]

@dataclass
class Run:
    """One app id + topic set on the session's broker, with the worker processes started for it."""

    settings: Settings
    bootstrap: str
    tmp: Path
    workers: list[WorkerProcess]

    @property
    def topics(self) -> Topics:
        return self.settings.topics

    # ---- workers
    def start_worker(self) -> WorkerProcess:
        w = WorkerProcess(self.settings, self.bootstrap, self.tmp / f"worker-{len(self.workers) + 1}.log")
        self.workers.append(w)
        return w

    @property
    def worker(self) -> WorkerProcess:
        return self.workers[-1]

    def kill9(self, worker: WorkerProcess) -> None:
        worker.proc.send_signal(signal.SIGKILL)
        worker.proc.wait(timeout=10)

    def stop_all(self) -> list[tuple[int, str]]:
        """Stop every worker still running; (exit code, log tail) of those that were stopped cleanly."""
        out = []
        for w in self.workers:
            if w.proc.returncode == -signal.SIGKILL:
                w._log.close()
                continue
            rc = w.stop()
            out.append((rc, w.log_tail(400)))
        return out

    # ---- reading
    def records(self, topic: str) -> list[Any]:
        return topic_records(self.bootstrap, topic)

    def values(self, topic: str) -> list[dict[str, Any]]:
        return topic_values(self.bootstrap, topic)

    def live(self) -> dict[str, Any]:
        try:
            return live_states(self.bootstrap, self.settings)
        except LookupError:
            return {}

    def wait_for(self, what: str, check: Callable[[], bool], timeout: float, interval: float = 0.3) -> float:
        t0 = time.monotonic()
        while not check():
            if not self.worker.alive():
                pytest.fail(f"the worker exited while waiting for {what}:\n{self.worker.log_tail(60)}")
            if time.monotonic() - t0 > timeout:
                pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}\n"
                            f"--- worker log ---\n{self.worker.log_tail(60)}")
            time.sleep(interval)
        return time.monotonic() - t0

    def lag(self) -> dict[str, int | None]:
        return {t: group_lag(self.bootstrap, self.settings.app_id, t) for t in (self.topics.articles, self.topics.events)}

    def wait_idle(self, timeout: float) -> float:
        """Until the worker has committed everything in ``articles`` and ``events``."""
        last: list[dict[str, int | None]] = [{}]

        def idle() -> bool:
            last[0] = self.lag()
            return all(v == 0 for v in last[0].values())

        try:
            return self.wait_for("the worker to commit all input", idle, timeout, interval=0.5)
        except pytest.fail.Exception as exc:
            raise AssertionError(f"{exc}\nlast uncommitted: {last[0]}") from None

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "streams", *args], cwd=PROJECT_ROOT,
                              env=worker_env(self.settings, self.bootstrap), capture_output=True, text=True,
                              timeout=120)


def check_nothing_lost(run: Run, expected: dict[str, Any], input_ids: list[str]) -> dict[str, Any]:
    """Every input article's events are in the event log (or it has a dead letter), every logged
    event is folded into the live table, and the live tallies equal the offline ones. Returns
    numbers for the report (duplicates in the log are allowed: at-least-once)."""
    events = run.values(run.topics.events)
    dead = run.values(run.topics.dead_letter)
    logged_ids = Counter(e["event_id"] for e in events)
    want_ids = {e["event_id"] for e in expected["events"]}
    by_article: dict[str, set[str]] = {}
    for e in expected["events"]:
        by_article.setdefault(e["article_id"], set()).add(e["event_id"])

    # (1) intake: in == events + dead letters
    missing_events = sorted(want_ids - logged_ids.keys())
    lost_articles = sorted({a for a, ids in by_article.items() if ids - logged_ids.keys()})
    assert not missing_events, (
        f"{len(missing_events)} events of {len(lost_articles)} articles never reached {run.topics.events} "
        f"(articles: {lost_articles[:20]}; events: {missing_events[:10]})")
    unexpected = sorted(logged_ids.keys() - want_ids)
    assert not unexpected, f"events the offline run does not produce: {unexpected[:10]}"
    assert len(dead) == len(expected["dead_letters"]), [d.get("reason") for d in dead]
    produced_articles = {e["article_id"] for e in events}
    assert set(by_article) <= produced_articles
    assert produced_articles <= set(input_ids)

    # (2) fold: every event in the log is in the live table (FrontState.seen)
    states = run.live()
    folded = set().union(*(set(s.seen) for s in states.values())) if states else set()
    not_folded = sorted(logged_ids.keys() - folded)
    assert not not_folded, (f"{len(not_folded)} of {len(logged_ids)} logged events are missing from the live "
                            f"table (changelog): {not_folded[:10]}")

    # (3) tallies: the live table equals the offline fold of the same lines
    live_rows = tally_rows(states)
    live_c, want_c = comparable(live_rows), comparable(expected["tallies"])
    assert live_c == want_c, ("live tallies differ from the offline run:\n  only live: "
                              f"{sorted(set(live_c) - set(want_c))}\n  only offline: {sorted(set(want_c) - set(live_c))}")

    # (4) the rebuild from the event log equals the live table
    done = run.cli("rebuild", "--check")
    assert done.returncode == 0, f"rebuild --check failed:\n{done.stderr}"
    assert "OK" in done.stderr, done.stderr
    return {"events_logged": sum(logged_ids.values()), "events_unique": len(logged_ids),
            "duplicated_in_log": sum(n - 1 for n in logged_ids.values()), "tallies": len(live_rows),
            "dead_letters": len(dead)}
