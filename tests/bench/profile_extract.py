"""Where extraction time goes: by step of extract_events and by compiled pattern.

    python tests/bench/profile_extract.py [ARTICLES.jsonl] [--top N]

Runs extract_events over the articles (default: the FA-KES Syria corpus) once to warm up and once
measured, with timers around the steps of streams/core/extract.py and around every module-level
pattern of streams/core (re.Pattern, Folded, Cue). Prints each step's and each pattern's share of
the measured pass, and the share the patterns spend on text they do not match. The timers add
their own overhead, so shares matter here, not absolute speed (bench_extract.py measures that).
Not collected by pytest.
"""
from __future__ import annotations

import argparse
import functools
import importlib
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from schemas.models import Article  # noqa: E402
from streams.core import extract, text  # noqa: E402

DEFAULT = "/work/shared/bench/fakes-syria.jsonl"
MODULES = ["casualties", "control", "dates", "extract", "fronts", "geo", "ids", "lexicon", "numbers", "parties",
           "scale", "sources", "text", "theatre"]
# (module, attribute) of the steps extract_events calls
STEPS = [("extract", "clean_body"), ("extract", "fingerprint"), ("extract", "_countries"),
         ("extract", "_read_figures"), ("fronts", "mentions"), ("extract", "_main_front"),
         ("extract", "country_of_places"), ("extract", "default_locations"), ("extract", "_reconcile"),
         ("control", "find"), ("control", "has_verb"), ("dates", "incident_day"), ("dates", "since"),
         ("dates", "article_attack_day"), ("dates", "campaign_frame"), ("extract", "event_id")]


class _Timed:
    """A pattern whose calls are timed; iterators are drained inside the timer, where the engine works."""

    def __init__(self, name: str, inner: object, spent: dict, missed: dict) -> None:
        self._name, self._inner, self._spent, self._missed = name, inner, spent, missed

    def _time(self, fn, args, kwargs, drain: bool):
        t = time.perf_counter()
        result = fn(*args, **kwargs)
        if drain:
            result = list(result)
        took = time.perf_counter() - t
        self._spent[self._name] = self._spent.get(self._name, 0.0) + took
        if not result:
            self._missed[self._name] = self._missed.get(self._name, 0.0) + took
        return iter(result) if drain else result

    def __call__(self, *args, **kwargs):
        return self._time(self._inner, args, kwargs, False)

    def __getattr__(self, attr: str):
        value = getattr(self._inner, attr)
        if not callable(value):
            return value
        return lambda *a, **k: self._time(value, a, k, attr in ("finditer", "scan"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=DEFAULT)
    ap.add_argument("--top", type=int, default=15, help="patterns to list")
    args = ap.parse_args()
    articles = [Article.model_validate(json.loads(line)) for line in Path(args.path).read_text(encoding="utf-8").splitlines()
                if line.strip()]
    steps: dict[str, float] = {}
    spent: dict[str, float] = {}
    missed: dict[str, float] = {}
    for mod_name, attr in STEPS:
        mod = importlib.import_module(f"streams.core.{mod_name}")
        fn = getattr(mod, attr)

        def timed(*a, _fn=fn, _label=f"{fn.__module__.rsplit('.', 1)[-1]}.{attr}", **k):
            t = time.perf_counter()
            try:
                return _fn(*a, **k)
            finally:
                steps[_label] = steps.get(_label, 0.0) + time.perf_counter() - t
        setattr(mod, attr, functools.wraps(fn)(timed))
    patterns = 0
    for mod_name in MODULES:
        mod = importlib.import_module(f"streams.core.{mod_name}")
        for name, value in list(vars(mod).items()):
            if isinstance(value, (re.Pattern, text.Folded, text.Cue)):
                setattr(mod, name, _Timed(f"{mod_name}.{name}", value, spent, missed))
                patterns += 1
    for a in articles:
        extract.extract_events(a, "2020-01-01T00:00:00")
    steps.clear(), spent.clear(), missed.clear()
    started = time.perf_counter()
    for a in articles:
        extract.extract_events(a, "2020-01-01T00:00:00")
    total = time.perf_counter() - started
    print(f"{len(articles)} articles, one pass: {total:.2f} s with timers")
    print("steps (a step's time includes the patterns it runs):")
    for label, took in sorted(steps.items(), key=lambda kv: -kv[1]):
        print(f"  {label:28s} {100 * took / total:5.1f}%")
    in_patterns = sum(spent.values())
    print(f"{patterns} module-level patterns: {100 * in_patterns / total:.1f}% of the pass, "
          f"{100 * sum(missed.values()) / total:.1f}% on text they did not match; "
          f"the largest {args.top}:")
    for label, took in sorted(spent.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"  {label:32s} {100 * took / total:5.1f}%  (no match: {100 * missed.get(label, 0.0) / total:4.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
