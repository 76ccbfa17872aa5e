"""The extractor's data files (streams/data/*.json), loaded once per process.

Users extend the gazetteer and lexicons without touching code, so every rule reads its word lists
from here; the files are parsed on first use and cached, never per article.
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
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


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


# asked for every place mention and state party; a small cache keeps the few names that recur
@lru_cache(maxsize=256)
def slug(text: str) -> str:
    if not text.isascii():  # 'Pétionville' -> 'petionville', not 'p-tionville'
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", text.lower()).strip("-") or "unknown"


def alternation(phrases: list[str], ignore_case: bool = False, word_start: bool = False) -> str:
    """One regex for any of the phrases, the longest matching phrase preferred so that
    'IS jihadists' beats 'IS'; a space in a phrase matches any run of whitespace.

    The phrases are merged into a prefix tree ('Deir ez-Zor' and 'Deir Hafer' share 'Deir\\s+'):
    a flat alternation of hundreds of places makes the regex engine try every branch at every
    word of every sentence, the tree tries one branch per character. At any position the phrases
    that match lie on one path of the tree, and the tree tries the deeper (longer) one first, so
    it matches exactly what the flat longest-first alternation matches. With `ignore_case` (the
    pattern is compiled with re.I) phrases differing only in case share one path.

    With `word_start` a phrase must not follow a word character or '-' ('(?<![\\w-])'). That is
    checked after each phrase's first character (as '(?<![\\w-].)'), so that every branch starts
    with a literal: without re.I the engine then only tries positions holding a first character,
    found by a fast scan, where an assertion in front would be tried at every position.
    """
    guard = r"(?<![\w-].)" if word_start else ""
    uniq = {p.lower() if ignore_case else p for p in phrases if p}
    if any((ignore_case and not p.isascii()) or p != p.strip() or "  " in p or not p.isprintable() for p in uniq):
        # the tree's equivalence argument assumes plain single-spaced phrases, and under re.I ASCII
        # ones (re.I folds a few non-ASCII letters to ASCII ones, 'K' to 'k'): keep the flat form
        return "|".join(_flat(p, guard) for p in sorted(uniq, key=lambda p: (-len(p), p)))
    tree: dict = {}
    for p in uniq:
        node = tree
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here
    return _tree_regex(tree, guard)


def _flat(phrase: str, guard: str) -> str:
    """One phrase, with the word-start guard after its first character (in front of a leading space,
    which may stand for several characters, or newline, which '.' does not match)."""
    if guard and phrase[0] in " \n":
        return r"(?<![\w-])" + _flat(phrase, "")
    return (re.escape(phrase[0]) + guard + re.escape(phrase[1:])).replace(r"\ ", r"\s+")


def _tree_regex(node: dict, after_first: str = "") -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + after_first + _tree_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a phrase may end here: try the longer ones first (greedy '?')
        return "(?:" + body + ")?"
    return body


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


@lru_cache(maxsize=None)
def provinces() -> dict[str, Any]:
    return _load("provinces.json")
