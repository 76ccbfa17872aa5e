"""How the dev-set score holds up when the copy is rougher than the dev texts.

    python tests/bench/perturbed_dev.py [--set ../shared/eval/dev]

Writes altered copies of the dev set into a temporary folder and runs the scorer on each:
  no-commas  commas and apostrophes stripped from the bodies (as in the FA-KES corpus), digit
             group commas kept ("1,300")
  no-dates   every article's date removed (published_at missing, as in much real copy)
and prints each variant's SCORE line beside the unaltered one. A stand-in for held-out copy from
other outlets; it proves nothing about other conflicts' vocabulary.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def _no_commas(head: str, body: str) -> tuple[str, str]:
    return head, re.sub(r"(?<=\D),|,(?=\D)", "", body).replace("'", "").replace("’", "")


def _no_dates(head: str, body: str) -> tuple[str, str]:
    return "\n".join(line for line in head.splitlines() if not line.startswith("date:")), body


VARIANTS: dict[str, Callable[[str, str], tuple[str, str]]] = {"no-commas": _no_commas, "no-dates": _no_dates}


def _score(dev: Path) -> str:
    out = subprocess.run([sys.executable, str(SCORER), "--set", str(dev), "--cmd", f"{sys.executable} -m streams run-offline"],
                         cwd=ROOT, capture_output=True, text=True)
    lines = out.stdout.strip().splitlines()
    return lines[-1] if lines else f"scorer failed: {out.stderr.strip()[-300:]}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default=str(SCORER.parent / "dev"))
    args = ap.parse_args()
    dev = Path(args.set)
    print(f"{'unaltered':10s} {_score(dev)}", flush=True)
    for name, alter in VARIANTS.items():
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "dev"
            shutil.copytree(dev, copy)
            for path in (copy / "articles").glob("*.txt"):
                head, sep, body = path.read_text(encoding="utf-8").partition("\n\n")
                head, body = alter(head, body)
                path.write_text(head + sep + body, encoding="utf-8")
            print(f"{name:10s} {_score(copy)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
