"""text._last_word finds the word the full-stop pattern it replaced found."""
import re

import pytest

from streams.core.text import _last_word

LAST_WORD = re.compile(r"([\w.]+)\.[\"']?$")  # the pattern _last_word stands for
PIECES = ["the U.S.", "on Nov.", "Hi.", "...", ".", 'he said "no."', "x'.", "x.'\"", "a_b.c.", "végé.", "١٢.",
          "It ended", "Why?", "said the U.S.'", "the war. ", "ends with. space", "", "e.g.", "a..\""]


@pytest.mark.parametrize("piece", PIECES)
def test_last_word_is_the_patterns_group(piece):
    m = LAST_WORD.search(piece)
    assert _last_word(piece) == (m.group(1) if m else None)

