"""Issue 4: a worker killed with kill -9 in the middle of a replay loses nothing.

The dev-set articles, repeated under fresh ids so the replay lasts long enough to interrupt, go to
a topic of their own; a worker starts, is killed with SIGKILL once part of the input is processed,
and a second worker finishes the job (on the embedded broker after a broker restart: noida-db never
evicts a member killed with kill -9; on Apache Kafka the dead member times out after the session
timeout). Then:

* every input article's events are in the event log (duplicates allowed: at-least-once);
* every logged event is folded into the live table (``FrontState.seen`` in the changelog);
* the live tallies equal ``run_offline`` over the same lines (the fold is order-independent);
* ``rebuild --check`` agrees with the live table.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

import orjson
import pytest

from streams.broker import ensure_topics
from streams.commands import core_topics
from streams.core.pipeline import run_offline
from streams.topics_io import group_lag

from .faultkit import EndOffsets, Run, check_nothing_lost, dev_articles, pin_dates, publish, run_settings

pytestmark = [pytest.mark.broker, pytest.mark.slow]

# How many times the dev set is sent (fresh ids each round): enough input that the worker is
# still busy when it is killed.
REPEAT = int(os.environ.get("FRONTWATCH_FAULT_REPEAT", "10"))
# The kill comes once this share of the events is in the event log.
KILL_AT = float(os.environ.get("FRONTWATCH_FAULT_KILL_AT", "0.2"))


def _lines(repeat: int) -> tuple[list[bytes], list[str]]:
    base = pin_dates(dev_articles())  # see pin_dates: undated articles get the offline run's day
    lines, ids = [], []
    for k in range(repeat):
        for a in base:
            art = dict(a, id=a["id"] if k == 0 else f"{a['id']}-r{k}")
            lines.append(orjson.dumps(art))
            ids.append(art["id"])
    return lines, ids


def test_kill9_mid_stream_loses_nothing(kafka_broker, tmp_path: Path) -> None:
    t_start = time.monotonic()
    lines, ids = _lines(REPEAT)
    expected = run_offline(lines)
    n_events = len(expected["events"])
    assert n_events > 0, "premise: the extractor finds figures in the dev set"

    run = Run(run_settings(kafka_broker.bootstrap, tmp_path), kafka_broker.bootstrap, tmp_path, [])
    ensure_topics(run.bootstrap, core_topics(run.settings))
    publish(run.bootstrap, run.topics.articles, lines, ids)

    probe = EndOffsets(run.bootstrap)
    try:  # every worker started here is stopped, whatever fails
        try:
            first = run.start_worker()
            # kill once the intake has published a part (not all) of the events
            threshold = max(1, int(n_events * KILL_AT))
            run.wait_for(f"{threshold} of {n_events} events before the kill",
                         lambda: probe.total(run.topics.events) >= threshold, timeout=90, interval=0.05)
            run.kill9(first)
            at_kill = probe.total(run.topics.events)
        finally:
            probe.close()
        uncommitted_at_kill = run.lag()[run.topics.articles]
        assert at_kill < n_events and (uncommitted_at_kill or 0) > 0, (
            f"the first worker was killed too late to test anything ({at_kill} of {n_events} events out, "
            f"{uncommitted_at_kill} articles uncommitted): raise FRONTWATCH_FAULT_REPEAT")

        # noida-db never evicts a member killed with kill -9: restart it (data and commits survive);
        # other brokers evict it after the session timeout (10 s) and the new worker takes over
        kafka_broker.evict_crashed_members()

        t_second = time.monotonic()
        run.start_worker()
        run.wait_idle(timeout=120)
        # the table lags the commits by at most one batch: wait until it has every logged event
        want = {e["event_id"] for e in expected["events"]}

        def folded() -> bool:
            states = run.live()
            return want <= set().union(*(set(s.seen) for s in states.values())) if states else False

        try:
            run.wait_for("the live table to hold every event", folded, timeout=30, interval=0.5)
        except pytest.fail.Exception:
            pass  # check_nothing_lost says what is missing
        stats = check_nothing_lost(run, expected, ids)
    finally:
        stopped = run.stop_all()
    for rc, log in stopped:
        assert "Traceback" not in log, f"a worker logged a traceback:\n{log}"
        assert rc == 0, f"worker exit code {rc}:\n{log}"
    print(f"\nkill -9 test: {len(lines)} articles, {n_events} events offline; killed with {at_kill} events out "
          f"and {uncommitted_at_kill} articles uncommitted; second worker done in {time.monotonic() - t_second:.1f} s; "
          f"{stats}; total {time.monotonic() - t_start:.1f} s")
    assert group_lag(run.bootstrap, run.settings.app_id, run.topics.articles) == 0
