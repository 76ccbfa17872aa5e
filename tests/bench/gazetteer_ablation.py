"""How much of the dev-set tally score rests on the gazetteer knowing the dev set's places?

    python tests/bench/gazetteer_ablation.py [--set ../shared/eval/dev]

Writes a copy of streams/data/fronts.json without the fronts of the dev set's groups into a
temporary FRONTWATCH_LEXICON_DIR and runs the scorer with it, so the places of those articles
must be handled as unknown places are (automatic fronts): a stand-in for the held-out set.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default=str(SCORER.parent / "dev"))
    args = ap.parse_args()
    groups = json.loads((Path(args.set) / "groups.json").read_text())
    aliases = {a.lower() for g in groups for t in g.get("tallies", []) for a in t["front_aliases"]}
    fronts = json.loads((ROOT / "streams" / "data" / "fronts.json").read_text())
    kept = [f for f in fronts["fronts"]
            if not ({f["name"].lower(), *(p.lower() for p in f.get("places", []))} & aliases)]
    print(f"gazetteer: {len(fronts['fronts'])} fronts, {len(fronts['fronts']) - len(kept)} dropped "
          f"(those naming a place of a dev group)", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "fronts.json").write_text(json.dumps({**fronts, "fronts": kept}))
        env = {**os.environ, "FRONTWATCH_LEXICON_DIR": tmp}
        cmd = f"{sys.executable} -m streams run-offline"
        out = subprocess.run([sys.executable, str(SCORER), "--set", args.set, "--cmd", cmd],
                             env=env, cwd=ROOT, capture_output=True, text=True)
    print("\n".join(out.stdout.strip().splitlines()[-4:]))
    return out.returncode


if __name__ == "__main__":
    sys.exit(main())
