"""The streaming subcommands of ``python -m streams``: worker, feed, replay-seeds, alerts, tallies,
rebuild, demo. Wiring only: decoding, extraction and folding are the core's functions."""
from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import orjson

from streams.config import Settings, Topics

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_ROOT / "seeds"
log = logging.getLogger("frontwatch.cli")


def _err(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


@contextlib.contextmanager
def connected(settings: Settings, *, purpose: str) -> Iterator[str]:
    """The bootstrap address for ``settings``: the configured cluster, the embedded broker that is
    already running, or one started for the length of this command."""
    from streams.broker import ensure_broker
    from streams.topics_io import require_broker

    bootstrap, broker = ensure_broker(settings)
    try:
        if broker is not None:
            _err(f"{purpose}: started the embedded broker on {bootstrap} (data in {broker.data_dir}); "
                 "it stops when this command ends")
        require_broker(bootstrap, where="KAFKA_BOOTSTRAP_SERVERS" if settings.bootstrap_servers
                       else "the embedded broker")
        yield bootstrap
    finally:
        if broker is not None:
            broker.stop()


def core_topics(settings: Settings) -> list[str]:
    t = settings.topics
    return [t.articles, t.dead_letter, t.events, t.alerts]


# --------------------------------------------------------------------------- worker

def run_worker(settings: Settings, bootstrap: str, loglevel: str = "info") -> None:
    """Run the Faust worker in this process until SIGINT/SIGTERM (does not return normally)."""
    import faust

    from streams.agents import register
    from streams.app import create_app
    from streams.broker import ensure_topics

    from streams.core.extract import warm_up

    ensure_topics(bootstrap, core_topics(settings), partitions=settings.topics.partitions)
    # before the consumer joins its group: loading the data inside an agent would block the event
    # loop (and the consumer's heartbeats) for as long as the GeoNames index takes to build
    warm_up()
    fw = create_app(settings, bootstrap)
    register(fw)
    faust.Worker(fw.app, loglevel=loglevel, stdout=sys.stderr).execute_from_commandline()


def cmd_worker(args: argparse.Namespace) -> int:
    settings = Settings()
    with connected(settings, purpose="worker") as bootstrap:
        t = settings.topics
        _err(f"worker: app {settings.app_id!r} on {bootstrap}: {t.articles} -> {t.events} -> "
             f"{t.alerts}[.<front>], rejects -> {t.dead_letter}, table changelog "
             f"{settings.app_id}-tallies-changelog; web "
             + (f"http://127.0.0.1:{settings.web_port}" if settings.web_port > 0 else "off"))
        try:
            run_worker(settings, bootstrap, args.loglevel)
        except SystemExit as exc:
            return int(exc.code or 0)
    return 0


# --------------------------------------------------------------------------- feed

@dataclass
class FeedSummary:
    read: int = 0
    valid: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason: detail)
    sent: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped_blank: int = 0
    seconds: float = 0.0

    def line(self, topic: str, validate: bool) -> str:
        rej = len(self.rejected)
        what = (f"{self.sent} sent to {topic!r}" + (f", {len(self.failed)} FAILED to send" if self.failed else ""))
        if validate:
            verdict = f"{self.valid} accepted, {rej} rejected locally (not sent)"
        else:
            verdict = f"{self.valid} valid, {rej} invalid (sent anyway: the worker dead-letters them)"
        blank = f", {self.skipped_blank} blank lines skipped" if self.skipped_blank else ""
        return f"feed: {self.read} read: {verdict}{blank}; {what} in {self.seconds:.1f} s"


def feed(bootstrap: str, topic: str, sources: Sequence[str], *, validate: bool = True,
         progress: bool | None = None, max_bytes: int | None = None) -> FeedSummary:
    """Publish articles from ``sources`` to ``topic``; keyed by article id when it parses."""
    from tqdm import tqdm

    from streams.core.intake import Rejected, decode_article
    from streams.topics_io import Publisher, count_items, iter_source

    totals = [count_items(s) for s in sources]
    total = None if any(t is None for t in totals) else sum(t or 0 for t in totals)
    summary = FeedSummary()
    t0 = time.monotonic()
    pub = Publisher(bootstrap, max_bytes=max_bytes)
    bar = tqdm(total=total, unit="msg", desc="feed", file=sys.stderr, disable=(not progress) if progress is not None else None)
    try:
        for source in sources:
            for item in iter_source(source):
                summary.read += 1
                bar.update(1)
                key = None
                try:
                    article = decode_article(item.value)
                    key = article.id.encode("utf-8")
                    summary.valid += 1
                except Rejected as rejection:
                    if validate and not item.value.strip():
                        summary.skipped_blank += 1
                        continue
                    summary.rejected.append((item.origin, str(rejection)))
                    if validate:
                        continue
                pub.send(topic, item.value, key=key, origin=item.origin)
    finally:
        bar.close()
        report = pub.close()
    summary.sent, summary.failed = report.sent, report.failed
    summary.seconds = time.monotonic() - t0
    return summary


def _report_feed(summary: FeedSummary, topic: str, validate: bool) -> int:
    for origin, why in summary.rejected[:50]:
        _err(f"  {'rejected' if validate else 'invalid'}: {origin}: {why[:200]}")
    if len(summary.rejected) > 50:
        _err(f"  ... and {len(summary.rejected) - 50} more")
    for origin, why in summary.failed[:20]:
        _err(f"  FAILED: {origin}: {why[:300]}")
    print(summary.line(topic, validate), flush=True)
    return 1 if summary.failed else 0


def cmd_feed(args: argparse.Namespace) -> int:
    settings = Settings()
    topic = args.topic or settings.topics.articles
    with connected(settings, purpose="feed") as bootstrap:
        from streams.broker import ensure_topics

        ensure_topics(bootstrap, [topic], partitions=settings.topics.partitions)
        summary = feed(bootstrap, topic, args.sources, validate=args.validate, progress=args.progress,
                       max_bytes=args.max_message_bytes)
    return _report_feed(summary, topic, args.validate)


def seed_files(directory: Path = SEEDS_DIR, reverse: bool = False) -> list[str]:
    files = sorted(str(p) for p in directory.glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no seed files (*.json) in {directory}")
    return files[::-1] if reverse else files


def cmd_replay_seeds(args: argparse.Namespace) -> int:
    settings = Settings()
    files = seed_files(Path(args.dir), args.reverse)
    topic = settings.topics.articles
    with connected(settings, purpose="replay-seeds") as bootstrap:
        from streams.broker import ensure_topics

        ensure_topics(bootstrap, [topic], partitions=settings.topics.partitions)
        _err("replay-seeds: " + " -> ".join(Path(f).name for f in files))
        summary = feed(bootstrap, topic, files, validate=True, progress=False)
    return _report_feed(summary, topic, True)


# --------------------------------------------------------------------------- alerts

def _estimate(e: dict[str, Any] | None) -> str:
    if not e:
        return "-"
    if e["low"] == e["best"] == e["high"]:
        return str(e["best"])
    return f"{e['best']} ({e['low']}-{e['high']})"


def format_alert(a: dict[str, Any]) -> str:
    return (f"{a.get('as_of', '')[:10]}  {a['front_name']} [{a['front']}]: {a['party']} ({a['party_class']}) "
            f"{a['outcome']} {_estimate(a.get('old'))} -> {_estimate(a['new'])} ({a['delta']:+d})  "
            f"article {a['article_id']}; sources: {', '.join(a.get('sources') or []) or '-'}")


def cmd_alerts(args: argparse.Namespace) -> int:
    from streams.app import front_alerts_topic
    from streams.topics_io import follow

    settings = Settings()
    topic = front_alerts_topic(settings, args.front) if args.front else settings.topics.alerts
    got = 0
    with connected(settings, purpose="alerts") as bootstrap:
        _err(f"alerts: following {topic!r} on {bootstrap}"
             + (" from the beginning" if args.from_beginning else " (new alerts only; --from-beginning for all)")
             + (f", for {args.timeout:g} s" if args.timeout else "") + (f", up to {args.max}" if args.max else ""))
        try:
            for rec in follow(bootstrap, topic, from_beginning=args.from_beginning, timeout=args.timeout,
                              stop=lambda: bool(args.max) and got >= args.max):
                if rec.value is None:
                    continue
                if args.json:
                    sys.stdout.buffer.write(rec.value + b"\n")
                    sys.stdout.flush()
                else:
                    try:
                        print(format_alert(orjson.loads(rec.value)), flush=True)
                    except (orjson.JSONDecodeError, KeyError, TypeError):
                        print(f"(unreadable alert at offset {rec.offset}: {rec.value[:120]!r})", flush=True)
                got += 1
                if args.max and got >= args.max:
                    break
        except KeyboardInterrupt:
            pass
    if args.max and got < args.max:
        _err(f"alerts: only {got} of {args.max} alerts arrived within {args.timeout:g} s")
        return 1
    return 0


# --------------------------------------------------------------------------- tallies / rebuild

def live_states(bootstrap: str, settings: Settings) -> dict[str, Any]:
    """The worker's table as it stands: the latest FrontState per front in the changelog."""
    from schemas.models import parse_front_state
    from streams.app import changelog_topic_name
    from streams.topics_io import read_to_end

    latest: dict[str, bytes | None] = {}
    for rec in read_to_end(bootstrap, changelog_topic_name(settings.app_id)):
        latest[rec.key.decode("utf-8") if rec.key is not None else ""] = rec.value
    return {front: parse_front_state(value) for front, value in latest.items() if value is not None}


def tally_rows(states: dict[str, Any]) -> list[dict[str, Any]]:
    from streams.core.fold import all_tallies

    return [t.model_dump(mode="json") for t in all_tallies(states.values())]


def print_tallies(rows: list[dict[str, Any]]) -> None:
    if not rows:
        print("(no tallies)")
        return
    header = ("front", "party", "class", "outcome", "count", "range", "as of", "sources")
    table = [header] + [(r["front"], r["party"], r["party_class"], r["outcome"], str(r["count"]),
                         f"{r['low']}-{r['high']}", r["as_of"][:10], ", ".join(r["sources"]))
                        for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(header) - 1)]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[-1])


def _dump_json(doc: Any) -> None:
    sys.stdout.buffer.write(orjson.dumps(doc, option=orjson.OPT_INDENT_2) + b"\n")


def cmd_tallies(args: argparse.Namespace) -> int:
    settings = Settings()
    with connected(settings, purpose="tallies") as bootstrap:
        try:
            states = live_states(bootstrap, settings)
        except LookupError as exc:
            _err(f"tallies: no table changelog {exc} on {bootstrap}: has the worker (app id "
                 f"{settings.app_id!r}) run yet?")
            return 1
    rows = tally_rows(states)
    _dump_json(rows) if args.json else print_tallies(rows)
    return 0


@dataclass
class Rebuilt:
    states: dict[str, Any]
    events: int
    unreadable: int
    seconds: float  # reading, decoding and folding: each event is folded as it is read


def rebuild_from_log(bootstrap: str, settings: Settings) -> Rebuilt:
    """Fresh front states from the whole ``events`` log, with the core's fold. Events are decoded
    and folded as they are read, so the decoded log is never held whole (half the memory)."""
    from schemas.models import parse_event_json
    from streams.core.fold import rebuild
    from streams.topics_io import read_to_end

    counts = {"events": 0, "unreadable": 0}

    def decoded() -> Iterator[Any]:
        for rec in read_to_end(bootstrap, settings.topics.events):
            try:
                event = parse_event_json(rec.value)
            except Exception:
                counts["unreadable"] += 1
                continue
            counts["events"] += 1
            yield event

    t0 = time.monotonic()
    # A bulk load allocates and keeps everything: the cyclic collector would rescan the growing
    # heap again and again for nothing (measured: rebuild 13k -> 23k events/s without it).
    gc.disable()
    try:
        states = rebuild(decoded())
    finally:
        gc.enable()
    return Rebuilt(states, counts["events"], counts["unreadable"], time.monotonic() - t0)


def diff_tallies(rebuilt: list[dict[str, Any]], live: list[dict[str, Any]]) -> list[str]:
    def key(r: dict[str, Any]) -> str:
        return f"{r['front']}|{r['party']}|{r['outcome']}"

    a, b = {key(r): r for r in rebuilt}, {key(r): r for r in live}
    out = []
    for k in sorted(a.keys() | b.keys()):
        if k not in b:
            out.append(f"{k}: only in the rebuild (count {a[k]['count']})")
        elif k not in a:
            out.append(f"{k}: only in the live table (count {b[k]['count']})")
        elif a[k] != b[k]:
            fields = [f for f in a[k] if a[k].get(f) != b[k].get(f)]
            out.append(f"{k}: differs in {', '.join(fields)} (count rebuild {a[k]['count']}, live {b[k]['count']})")
    return out


def cmd_rebuild(args: argparse.Namespace) -> int:
    from streams.topics_io import group_lag

    settings = Settings()
    with connected(settings, purpose="rebuild") as bootstrap:
        try:
            r = rebuild_from_log(bootstrap, settings)
        except LookupError:
            _err(f"rebuild: no event log {settings.topics.events!r} on {bootstrap}")
            return 1
        rate = r.events / r.seconds if r.seconds > 0 else float("inf")
        _err(f"rebuild: {r.events} events read, decoded and folded in {r.seconds:.2f} s "
             f"({rate:,.0f} events/s); {len(r.states)} fronts"
             + (f"; {r.unreadable} unreadable events skipped" if r.unreadable else ""))
        rows = tally_rows(r.states)
        live_rows = None
        if args.check:
            lag = group_lag(bootstrap, settings.app_id, settings.topics.events)
            if lag:
                _err(f"rebuild --check: the worker has {lag} events not yet committed; the live table may lag")
            try:
                live_rows = tally_rows(live_states(bootstrap, settings))
            except LookupError:
                live_rows = []
    if args.json:
        _dump_json(rows)
    else:
        print_tallies(rows)
    if live_rows is not None:
        diffs = diff_tallies(rows, live_rows)
        if diffs:
            _err(f"rebuild --check: {len(diffs)} tallies differ from the live table:")
            for d in diffs:
                _err(f"  {d}")
            return 1
        _err(f"rebuild --check: OK, {len(rows)} tallies equal the live table")
    return 0


# --------------------------------------------------------------------------- demo

def worker_env(settings: Settings, bootstrap: str) -> dict[str, str]:
    """Environment for ``python -m streams worker`` with exactly these settings."""
    t = settings.topics
    env = dict(os.environ)
    env.update({
        "KAFKA_BOOTSTRAP_SERVERS": bootstrap, "FRONTWATCH_APP_ID": settings.app_id,
        "FRONTWATCH_DATA_DIR": str(settings.data_dir), "FRONTWATCH_WEB_PORT": str(settings.web_port),
        "FRONTWATCH_TOPIC_ARTICLES": t.articles, "FRONTWATCH_TOPIC_DEAD_LETTER": t.dead_letter,
        "FRONTWATCH_TOPIC_EVENTS": t.events, "FRONTWATCH_TOPIC_ALERTS": t.alerts,
        "FRONTWATCH_PARTITIONS": str(t.partitions),
    })
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


class WorkerProcess:
    """``python -m streams worker`` as a child process, logging to a file."""

    def __init__(self, settings: Settings, bootstrap: str, log_path: Path) -> None:
        self.log_path = log_path
        self._log = open(log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streams", "worker"], cwd=str(PROJECT_ROOT),
            env=worker_env(settings, bootstrap), stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no worker log)"

    def stop(self, timeout: float = 30.0) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()
        return self.proc.returncode


def demo_settings(base: Settings, data_dir: Path, fresh_broker: bool) -> Settings:
    """The demo's own app id and topics: with a fresh embedded broker the default topic names;
    on a shared cluster names of its own, so a demo never mixes with real data."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    if fresh_broker:
        topics = base.topics
    else:
        p = f"frontwatch-demo-{stamp}."
        topics = Topics(articles=p + "articles", dead_letter=p + "articles.dead-letter", events=p + "events",
                        alerts=p + "alerts", partitions=base.topics.partitions)
    return replace(base, app_id=f"frontwatch-demo-{stamp}", data_dir=data_dir, web_port=0, topics=topics)


def cmd_demo(args: argparse.Namespace) -> int:
    from streams.broker import EmbeddedBroker, ensure_topics
    from streams.core.pipeline import run_offline
    from streams.topics_io import follow, require_broker

    base = Settings()
    tmp = Path(tempfile.mkdtemp(prefix="frontwatch-demo-"))
    broker = None
    worker = None
    try:
        if base.bootstrap_servers:
            bootstrap = base.bootstrap_servers
            require_broker(bootstrap, where="KAFKA_BOOTSTRAP_SERVERS")
            _err(f"demo: using the cluster at {bootstrap}, with topics of its own")
        else:
            broker = EmbeddedBroker(port=_free_port(), data_dir=tmp / "broker").start()
            bootstrap = broker.bootstrap
            _err(f"demo: started a fresh embedded broker on {bootstrap}")
        settings = demo_settings(base, tmp, fresh_broker=broker is not None)
        t = settings.topics
        ensure_topics(bootstrap, core_topics(settings), partitions=t.partitions)
        files = seed_files(Path(args.dir), args.reverse)
        expected = run_offline([orjson.dumps(orjson.loads(Path(f).read_bytes())) for f in files])
        n_expected = len(expected["alerts"])
        worker = WorkerProcess(settings, bootstrap, tmp / "worker.log")
        _err(f"demo: worker started (pid {worker.proc.pid}, log {worker.log_path})")
        summary = feed(bootstrap, t.articles, files, progress=False)
        _err(f"demo: replayed {summary.sent} seed articles: " + " -> ".join(Path(f).name for f in files))
        _err(f"demo: waiting for {n_expected} alerts (what the same core yields offline for this order)")
        alerts: list[dict[str, Any]] = []
        t0 = time.monotonic()
        for rec in follow(bootstrap, t.alerts, from_beginning=True, timeout=args.timeout,
                          stop=lambda: len(alerts) >= n_expected or not worker.alive()):
            alerts.append(orjson.loads(rec.value))
            print("ALERT " + format_alert(alerts[-1]), flush=True)
            if len(alerts) >= n_expected:
                break
        if len(alerts) < n_expected:
            _err(f"demo: only {len(alerts)} of {n_expected} alerts arrived in {args.timeout:g} s"
                 + ("" if worker.alive() else " (the worker exited)") + f"\n--- worker log ---\n{worker.log_tail()}")
            return 1
        _err(f"demo: {len(alerts)} alerts in {time.monotonic() - t0:.1f} s")
        rows = _wait_for_tallies(bootstrap, settings, expected["tallies"], timeout=15.0)
        print()
        print_tallies(rows)
        if _comparable(rows) != _comparable(expected["tallies"]):
            _err("demo: WARNING: the worker's tallies differ from the offline run's")
            return 1
        return 0
    finally:
        if worker is not None:
            rc = worker.stop()
            _err(f"demo: worker stopped (exit code {rc})")
        if broker is not None:
            broker.stop()
            _err("demo: broker stopped")
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            _err(f"demo: kept {tmp}")


def _comparable(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return sorted((r["front"], r["party"], r["outcome"], r["count"], r["low"], r["high"]) for r in rows)


def _wait_for_tallies(bootstrap: str, settings: Settings, expected: list[dict[str, Any]],
                      timeout: float) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout
    while True:
        try:
            rows = tally_rows(live_states(bootstrap, settings))
        except LookupError:
            rows = []
        if _comparable(rows) == _comparable(expected) or time.monotonic() > deadline:
            return rows
        time.sleep(0.3)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --------------------------------------------------------------------------- parsers

def _friendly(func: Any) -> Any:
    """Known failures as one clear message and exit code 2, not a traceback."""
    def run(args: argparse.Namespace) -> int:
        from streams.broker import BrokerError
        from streams.topics_io import BrokerUnreachable

        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
        try:
            return func(args)
        except (BrokerUnreachable, BrokerError, FileNotFoundError) as exc:
            _err(f"{args.command}: {exc}")
            return 2
        except KeyboardInterrupt:
            _err(f"{args.command}: interrupted")
            return 130
    return run


def add_commands(sub: Any) -> None:
    """Register the streaming subcommands on the ``frontwatch`` parser."""
    p = sub.add_parser("worker", help="run the Faust worker (starts the embedded broker when KAFKA_BOOTSTRAP_SERVERS is unset)")
    p.add_argument("--loglevel", default=os.environ.get("FRONTWATCH_LOGLEVEL", "info"),
                   choices=["debug", "info", "warning", "error"])
    p.set_defaults(func=_friendly(cmd_worker))

    p = sub.add_parser("feed", help="publish articles (JSONL file, folder of .txt/.json files, or - for stdin)")
    p.add_argument("sources", nargs="+", help="JSONL file, folder, .json / .txt file, or - (stdin)")
    p.add_argument("--validate", action=argparse.BooleanOptionalAction, default=True,
                   help="check each article locally and send only valid ones (default); --no-validate sends "
                        "every line as is, and the worker dead-letters the invalid ones")
    p.add_argument("--topic", help="topic to publish to (default: the articles topic)")
    p.add_argument("--max-message-bytes", type=int, default=None,
                   help="larger messages are reported, not sent (default: $FRONTWATCH_MAX_MESSAGE_BYTES or "
                        "just under 1 MiB, the usual broker limit)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: when stderr is a terminal)")
    p.set_defaults(func=_friendly(cmd_feed))

    p = sub.add_parser("replay-seeds", help="feed the seed articles (seeds/*.json) in file-name order")
    p.add_argument("--reverse", action="store_true", help="reverse file-name order (publication order)")
    p.add_argument("--dir", default=str(SEEDS_DIR), help="folder of seed .json files")
    p.set_defaults(func=_friendly(cmd_replay_seeds))

    p = sub.add_parser("alerts", help="print alerts as they arrive")
    p.add_argument("--from-beginning", action="store_true", help="start at the first alert, not at new ones")
    p.add_argument("--front", help="only this front (reads topic alerts.<front>)")
    p.add_argument("--json", action="store_true", help="one JSON alert per line")
    p.add_argument("--max", type=int, default=0, help="stop after N alerts (exit 1 if fewer arrive in --timeout)")
    p.add_argument("--timeout", type=float, default=None, help="stop after this many seconds")
    p.set_defaults(func=_friendly(cmd_alerts))

    p = sub.add_parser("tallies", help="print the worker's current tallies (from the table's changelog)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_friendly(cmd_tallies))

    p = sub.add_parser("rebuild", help="rebuild the tallies from the events log with the same fold")
    p.add_argument("--json", action="store_true")
    p.add_argument("--check", action="store_true", help="compare with the live tallies; exit 1 on any difference")
    p.set_defaults(func=_friendly(cmd_rebuild))

    p = sub.add_parser("demo", help="embedded broker + worker + seed replay: print the alerts and tallies, then stop")
    p.add_argument("--reverse", action="store_true", help="replay the seeds in publication order")
    p.add_argument("--dir", default=str(SEEDS_DIR), help="folder of seed .json files")
    p.add_argument("--timeout", type=float, default=90.0, help="seconds to wait for the alerts")
    p.add_argument("--keep", action="store_true", help="keep the demo's temporary folder (broker data, worker log)")
    p.set_defaults(func=_friendly(cmd_demo))
