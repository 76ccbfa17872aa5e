"""``python -m streams …`` / ``frontwatch …``: the command line. Wiring only; the work is in core."""
from __future__ import annotations

import argparse
import sys

import orjson


def cmd_run_offline(args: argparse.Namespace) -> int:
    from streams.core.pipeline import run_offline

    with open(args.file, "rb") as fh:
        doc = run_offline(fh, source=args.file)
    sys.stdout.buffer.write(orjson.dumps(doc, option=orjson.OPT_INDENT_2 if args.pretty else 0))
    sys.stdout.buffer.write(b"\n")
    n_dead = len(doc["dead_letters"])
    print(f"run-offline: {len(doc['events'])} events, {len(doc['tallies'])} tallies, "
          f"{len(doc['alerts'])} alerts, {n_dead} rejected lines", file=sys.stderr)
    return 0


def cmd_broker(args: argparse.Namespace) -> int:
    """Run the embedded Kafka broker (noida-db) in the foreground until Ctrl-C; other
    ``python -m streams`` commands find it on the embedded port and reuse it."""
    import logging

    from streams.broker import EmbeddedBroker, embedded_data_dir, kafka_reachable
    from streams.config import Settings

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("kafka").setLevel(logging.WARNING)
    settings = Settings()
    if settings.bootstrap_servers:
        print(f"KAFKA_BOOTSTRAP_SERVERS is set ({settings.bootstrap_servers}): no embedded broker needed",
              file=sys.stderr)
        return 2
    broker = EmbeddedBroker(port=args.port or settings.embedded_port,
                            data_dir=args.data_dir or embedded_data_dir(settings))
    if kafka_reachable(broker.bootstrap):
        print(f"a Kafka broker already answers on {broker.bootstrap}", file=sys.stderr)
        return 1
    broker.start()
    print(f"embedded Kafka broker on {broker.bootstrap} (data: {broker.data_dir}); Ctrl-C stops it",
          file=sys.stderr, flush=True)
    return broker.serve_forever()


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="frontwatch", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("run-offline", help="extract and fold a JSONL file in process, print one JSON document")
    p.add_argument("file", help="articles, one JSON object per line")
    p.add_argument("--pretty", action="store_true", help="indent the JSON output")
    p.set_defaults(func=cmd_run_offline)
    p = sub.add_parser("broker", help="run the embedded Kafka broker (noida-db) in the foreground")
    p.add_argument("--port", type=int, default=None, help="default: $FRONTWATCH_EMBEDDED_PORT or 19092")
    p.add_argument("--data-dir", default=None, help="default: $FRONTWATCH_DATA_DIR/broker")
    p.set_defaults(func=cmd_broker)
    from streams.commands import add_commands  # worker, feed, replay-seeds, alerts, tallies, rebuild, demo

    add_commands(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
