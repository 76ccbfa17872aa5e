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


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="frontwatch", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("run-offline", help="extract and fold a JSONL file in process, print one JSON document")
    p.add_argument("file", help="articles, one JSON object per line")
    p.add_argument("--pretty", action="store_true", help="indent the JSON output")
    p.set_defaults(func=cmd_run_offline)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
