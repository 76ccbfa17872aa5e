r"""text._letters deletes what the pattern r"\W+" it replaced (on ASCII text) deletes."""
import re

import pytest

from streams.core.text import _letters

NON_WORD = re.compile(r"\W+")  # the pattern _letters stands for on ASCII text
TEXTS = ["Hello, World_1!", "", "Kelvin \u212a lowercases to ASCII", "a\x1cb\x7f", "é-ü", "İstanbul", "tab\there",
         "".join(map(chr, range(256)))]


@pytest.mark.parametrize("text", TEXTS)
def test_letters_are_the_patterns(text):
    assert _letters(text) == NON_WORD.sub("", text.lower())
