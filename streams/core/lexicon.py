"""The extractor's data files (streams/data/*.json), loaded once per process.

Users extend the gazetteer and lexicons without touching code, so every rule reads its word lists
from here; the files are parsed on first use and cached, never per article.
"""
from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


def _load(name: str) -> dict[str, Any]:
    """The packaged file, or the user's own copy of it in $FRONTWATCH_LEXICON_DIR (copy the
    packaged file there and extend it: the user's file replaces the packaged one whole)."""
    own = os.environ.get("FRONTWATCH_LEXICON_DIR", "").strip()
    if own and (Path(own) / name).is_file():
        return json.loads((Path(own) / name).read_text(encoding="utf-8"))
    return json.loads(resources.files("streams").joinpath("data", name).read_text(encoding="utf-8"))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unknown"


def alternation(phrases: list[str]) -> str:
    """One regex alternation, longest phrase first so that 'IS jihadists' beats 'IS'."""
    uniq = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in uniq)


@lru_cache(maxsize=None)
def parties() -> dict[str, Any]:
    return _load("parties.json")


@lru_cache(maxsize=None)
def sources() -> dict[str, Any]:
    return _load("sources.json")


@lru_cache(maxsize=None)
def countries() -> dict[str, Any]:
    return _load("countries.json")


@lru_cache(maxsize=None)
def fronts() -> dict[str, Any]:
    return _load("fronts.json")
