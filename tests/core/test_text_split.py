"""text's cheaper forms of its splitting and normalising find what the forms they replaced found."""
import re

import pytest

from streams.core import text
from streams.core.text import _sentence_pieces, normalise

BREAK = re.compile(r"(?<=[.!?])[\"']?\s+(?=[\"'(]?[A-Z0-9])")  # the break _sentence_pieces stands for
PARAGRAPHS = ["One. Two! Three? 4 killed.", 'He said "no." Then', "a.  B . C.\n'D' e. (F) .G", "...  A", "x", "",
              ". A", "end.", "Mr. Smith. U.S. forces", "?\t\"A"]


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_pieces_are_the_split_of_the_lookbehind_pattern(paragraph):
    assert _sentence_pieces(paragraph) == BREAK.split(paragraph)


@pytest.mark.parametrize("raw", ["plain\ttext", "quotes \u201cx\u201d \u2019s \u2014 y\u00a0z\u200b\u2022", "", "\t"])
def test_normalise_is_the_translation_table(raw):
    assert normalise(raw) == raw.translate(text._TRANSLATE)


def test_clutter_hint_holds_for_every_inline_clutter():
    clutter = ["Get short URL 12", "Views 40", "Print Tweet", "(TRT World and Agencies)", "(IHA Photo)",
               "pic.twitter.com/x", "2018 12.03.2018", "Related News a", "You may also like b", "Community standards",
               "Comment via Facebook", "Read Also", "Also Read", "Enditem (Xinhua)", "Enditem", "(Photo: x)",
               "Image Credit: x"]
    for c in clutter:
        assert text._INLINE_CLUTTER.search(c), c
        assert text._CLUTTER_HINT.search(c) or text._CLUTTER_HINT_DATE.search(c), c
