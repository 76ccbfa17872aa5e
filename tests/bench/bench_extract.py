"""Extraction throughput and latency on one core.

    python tests/bench/bench_extract.py [ARTICLES.jsonl] [--repeat N]

Reads articles in the input form of CONTRACT.md (default: the FA-KES Syria corpus in
/work/shared/bench), runs extract_events on each, and prints articles/s and per-article p50/p99.
Not collected by pytest (bench_*.py).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from schemas.models import Article  # noqa: E402
from streams.core.extract import extract_events  # noqa: E402
from streams.core.ids import fingerprint  # noqa: E402

DEFAULT = "/work/shared/bench/fakes-syria.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3, help="passes over the file (first pass also warms caches)")
    args = ap.parse_args()
    articles = [Article.model_validate(json.loads(line)) for line in Path(args.path).read_text(encoding="utf-8").splitlines() if line.strip()]
    extract_events(articles[0], "2020-01-01T00:00:00")  # load data files and compile rules once
    latencies: list[float] = []
    events = 0
    pass_cpu: list[float] = []
    started = time.perf_counter()
    for _ in range(args.repeat):
        cpu = time.process_time()
        for a in articles:
            t = time.perf_counter()
            events += len(extract_events(a, "2020-01-01T00:00:00"))
            latencies.append(time.perf_counter() - t)
        pass_cpu.append(time.process_time() - cpu)
    total = time.perf_counter() - started
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
    print(f"articles {len(articles)} x {args.repeat}, events {events // args.repeat} per pass")
    print(f"throughput {len(latencies) / total:,.0f} articles/s (one core)")
    # wall time counts what other tenants of a shared machine take; the process's own CPU time in
    # its fastest pass is the figure that repeats from run to run
    print(f"best pass {len(articles) / min(pass_cpu):,.0f} articles/s of CPU time (passes: "
          + ", ".join(f"{len(articles) / c:,.0f}" for c in pass_cpu) + ")")
    print(f"latency p50 {p(0.50):.2f} ms, p99 {p(0.99):.2f} ms, mean {statistics.mean(latencies) * 1000:.2f} ms")
    # the article fingerprint (MinHash, needed by the fold for syndication) is a fixed cost per article
    t = time.perf_counter()
    for a in articles:
        fingerprint(a.body)
    fp_ms = (time.perf_counter() - t) / len(articles) * 1000
    print(f"of which fingerprint {fp_ms:.2f} ms/article; rules alone {1000 / max(1e-9, statistics.mean(latencies) * 1000 - fp_ms):,.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
