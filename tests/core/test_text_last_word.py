"""text._last_word finds the word the full-stop pattern it replaced found."""
import json
import re
from pathlib import Path

import pytest

from streams.core.text import _SPLIT, _last_word

LAST_WORD = re.compile(r"([\w.]+)\.[\"']?$")  # the pattern _last_word stands for
PIECES = ["the U.S.", "on Nov.", "Hi.", "...", ".", 'he said "no."', "x'.", "x.'\"", "a_b.c.", "végé.", "١٢.",
          "It ended", "Why?", "said the U.S.'", "the war. ", "ends with. space", "", "e.g.", "a..\""]


@pytest.mark.parametrize("piece", PIECES)
def test_last_word_is_the_patterns_group(piece):
    m = LAST_WORD.search(piece)
    assert _last_word(piece) == (m.group(1) if m else None)


def test_last_word_on_the_bench_corpus():
    path = Path("/work/shared/bench/fakes-syria.jsonl")
    if not path.exists():
        pytest.skip("bench corpus not here")
    for line in path.read_text(encoding="utf-8").splitlines()[:200]:
        for piece in _SPLIT.split(json.loads(line)["body"]):
            piece = piece.strip()
            m = LAST_WORD.search(piece)
            assert _last_word(piece) == (m.group(1) if m else None), piece[-60:]
