"""Issue 4: duplicates change nothing (README rule 7), through the real worker.

The dev-set articles are sent once to one pipeline, and to another one twice (same ids: a
redelivery) plus a syndicated copy of each under another id and outlet. Both pipelines must end
with the same tallies, which are also the tallies of ``run_offline`` over the articles sent once;
the second pipeline's event log holds each figure's event id once per distinct article, the
redeliveries add nothing to the live table, and ``rebuild --check`` agrees.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.broker import ensure_topics
from streams.commands import core_topics, tally_rows
from streams.core.pipeline import run_offline

from .faultkit import Run, comparable, dev_articles, pin_dates, publish, run_settings

pytestmark = pytest.mark.broker


def _syndicated(a: dict[str, Any]) -> dict[str, Any]:
    """The same wire story as another outlet prints it: its own id and outlet, same text."""
    return dict(a, id=f"{a['id']}-syn", outlet=f"{a.get('outlet') or 'Wire'} (syndicated)")


def _run(kafka_broker: Any, tmp: Path, articles: list[dict[str, Any]], runs: list[Run]) -> Run:
    """Publish ``articles`` to topics of their own, start a worker, wait until it is done."""
    tmp.mkdir(parents=True, exist_ok=True)
    run = Run(run_settings(kafka_broker.bootstrap, tmp), kafka_broker.bootstrap, tmp, [])
    runs.append(run)
    ensure_topics(run.bootstrap, core_topics(run.settings))
    publish(run.bootstrap, run.topics.articles, [orjson.dumps(a) for a in articles], [a["id"] for a in articles])
    run.start_worker()
    run.wait_idle(timeout=90)
    return run


def test_redelivered_and_syndicated_articles_change_nothing(kafka_broker, tmp_path: Path) -> None:
    t0 = time.monotonic()
    once = pin_dates(dev_articles())
    expected = run_offline([orjson.dumps(a) for a in once])
    assert expected["events"], "premise: the extractor finds figures in the dev set"
    # twice with the same ids (all of them, then all again), then a syndicated copy of each
    dup = once + once + [_syndicated(a) for a in once]
    assert comparable(run_offline([orjson.dumps(a) for a in dup])["tallies"]) == comparable(expected["tallies"]), \
        "premise: offline, the redeliveries and syndicated copies change no tally"

    runs: list[Run] = []
    try:
        single = _run(kafka_broker, tmp_path / "once", once, runs)
        double = _run(kafka_broker, tmp_path / "dup", dup, runs)

        want_ids = {e["event_id"] for e in expected["events"]}

        def table_complete(run: Run) -> bool:
            states = run.live()
            return bool(states) and want_ids <= set().union(*(set(s.seen) for s in states.values()))

        for run in runs:  # committed offsets can run ahead of the last batch's table write
            run.wait_for("the live table to hold every event", lambda r=run: table_complete(r), timeout=20, interval=0.5)
        single_rows = comparable(tally_rows(single.live()))
        double_rows = comparable(tally_rows(double.live()))
        want_rows = comparable(expected["tallies"])
        assert single_rows == want_rows, (
            f"sending once: live tallies differ from run_offline:\n  only live: {sorted(set(single_rows) - set(want_rows))}"
            f"\n  only offline: {sorted(set(want_rows) - set(single_rows))}")
        assert double_rows == single_rows, (
            "duplicates changed the tallies:\n  only with duplicates: "
            f"{sorted(set(double_rows) - set(single_rows))}\n  only without: {sorted(set(single_rows) - set(double_rows))}")

        # the redeliveries carry the same event ids: the log holds each twice, the table once
        events = double.values(double.topics.events)
        by_article: dict[str, int] = {}
        for e in events:
            by_article[e["article_id"]] = by_article.get(e["article_id"], 0) + 1
        offline_by_article: dict[str, int] = {}
        for e in expected["events"]:
            offline_by_article[e["article_id"]] = offline_by_article.get(e["article_id"], 0) + 1
        for art, n in offline_by_article.items():
            assert by_article.get(art) == 2 * n, (art, by_article.get(art), n)
        # the syndicated copies are folded (seen) yet add no figure; only articles with counted
        # figures are fingerprinted (the others cannot change a tally)
        double_states = double.live()
        copies = {k for s in double_states.values() for k in s.copies}
        syn_with_events = {e["article_id"] for e in events if e["article_id"].endswith("-syn")
                           and e.get("type") == "casualty" and e["scope"] in ("cumulative", "incident")
                           and not e["vague"] and e["count"] > 0}
        assert syn_with_events, "premise: the syndicated copies yield events"
        assert syn_with_events <= copies, f"syndicated copies not recognised as copies: {sorted(syn_with_events - copies)[:10]}"
        assert double.values(double.topics.dead_letter) == []

        for run in runs:
            done = run.cli("rebuild", "--check")
            assert done.returncode == 0, f"rebuild --check failed:\n{done.stderr}"
    finally:
        stopped = [x for run in runs for x in run.stop_all()]
    for rc, log in stopped:
        assert "Traceback" not in log, f"a worker logged a traceback:\n{log}"
        assert rc == 0, f"worker exit code {rc}:\n{log}"
    print(f"\nduplicates test: {len(once)} articles once, {len(dup)} with duplicates; "
          f"{len(single_rows)} tallies equal; {time.monotonic() - t0:.1f} s")
