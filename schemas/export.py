"""Write the JSON Schema of every topic message to schemas/json/ (``python -m schemas.export``).

``--check`` exits non-zero when a file is missing or differs from the models: the test suite runs
it, so the files never drift from the code.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pydantic import TypeAdapter

from schemas.models import Alert, Article, DeadLetter, Event, FrontState, Tally

HERE = Path(__file__).resolve().parent / "json"
MESSAGES = {
    "article": Article,        # topic: articles
    "dead-letter": DeadLetter,  # topic: articles.dead-letter
    "event": Event,            # topic: events (casualty | control)
    "alert": Alert,            # topics: alerts, alerts.<front>
    "tally": Tally,            # derived view (CLI, run-offline)
    "front-state": FrontState,  # value of the tallies table / its changelog
}


def render(name: str) -> str:
    schema = TypeAdapter(MESSAGES[name]).json_schema()
    schema["$id"] = f"frontwatch/{name}.schema.json"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    args = ap.parse_args(argv)
    stale = []
    for name in MESSAGES:
        path = HERE / f"{name}.schema.json"
        text = render(name)
        if args.check:
            if not path.exists() or path.read_text() != text:
                stale.append(path.name)
        else:
            HERE.mkdir(exist_ok=True)
            path.write_text(text)
    if stale:
        print(f"stale JSON Schema files: {', '.join(stale)}; run `python -m schemas.export`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
