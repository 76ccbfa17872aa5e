"""Rebuild speed: events/s from serialised events (as read off the `events` topic) to tallies.

    python tests/bench/bench_rebuild.py [ARTICLES.jsonl] [--events N]

The event log is made by running the extractor over the bench corpus, then repeating it under
fresh article ids and fingerprints (distinct stories) until it holds N events. The figure printed
covers decoding (pydantic-core; older versions upcast) and folding; reading the topic itself is
measured by `python -m streams rebuild`, which prints its own events/s. Like that command, the
bench folds each event as it is decoded; decoding alone is timed in a second pass.
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import sys
import time
from pathlib import Path

import orjson

from schemas.models import parse_event_json
from streams.core.extract import extract_events
from streams.core.fold import rebuild, tallies as front_tallies
from streams.core.pipeline import iter_articles

DEFAULT = Path(__file__).resolve().parents[3] / "shared" / "bench" / "fakes-syria.jsonl"


def make_log(path: Path, target: int) -> list[bytes]:
    base = []
    with path.open("rb") as fh:
        for _, article, _, received in iter_articles(fh):
            if not isinstance(article, Exception):
                base.extend(extract_events(article, received))
    if not base:
        sys.exit(f"no events extracted from {path}")
    log: list[bytes] = []
    copy = 0
    while len(log) < target:
        for e in base:
            fp = "".join(hashlib.blake2b(f"{e.article_id}/{copy}/{h}".encode(), digest_size=64).hexdigest()
                         for h in range(len(e.fingerprint) // 128))
            data = e.model_dump(mode="json")
            data.update(event_id=f"{e.event_id}-{copy}", article_id=f"{e.article_id}-{copy}", fingerprint=fp)
            log.append(orjson.dumps(data))
        copy += 1
    return log[:target]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="?", default=str(DEFAULT))
    ap.add_argument("--events", type=int, default=100_000)
    args = ap.parse_args()
    log = make_log(Path(args.articles), args.events)
    gc.collect()
    gc.disable()  # as `python -m streams rebuild` does: a bulk load allocates and keeps everything
    started = time.perf_counter()
    # as `python -m streams rebuild` does: each event is folded as it is decoded
    states = rebuild(parse_event_json(raw) for raw in log)
    done = time.perf_counter()
    # decoding alone, best of three passes: one noisy pass could exceed the whole rebuild
    decoding = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        events = [parse_event_json(raw) for raw in log]
        decoding = min(decoding, time.perf_counter() - t)
        del events
    n = len(log)
    tallies = sum(len(front_tallies(s)) for s in states.values())
    print(f"events: {n:,} on {len(states):,} fronts -> {tallies:,} tallies")
    print(f"decode: {n / decoding:,.0f} events/s (decoding alone, best of three passes)")
    folding = done - started - decoding
    print(f"fold:   {n / folding:,.0f} events/s (the rebuild less decoding alone)" if folding > 0 else
          "fold:   not measurable this run (decoding alone took as long as the whole rebuild: a noisy machine)")
    print(f"rebuild (decode + fold): {n / (done - started):,.0f} events/s ({done - started:.2f} s)")
    gc.enable()
    size, front, state = max((len(s.model_dump_json()), k, s) for k, s in states.items())
    print(f"largest front state (one changelog record): {size:,} bytes for {front} "
          f"({len(state.articles):,} articles with figures, {len(state.claims):,} claims)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
