"""lexicon.alternation(word_start=True): the word-start check after the first character matches
what the same check in front of the alternation matches."""
import re

import pytest

from streams.core import lexicon

PHRASES = ["Syria", "Syrian", "US", "U.S.", "Middle East", "Deir ez-Zor", "X"]
TEXTS = ["Syrian troops and US, U.S. forces", "xSyria -Syria _Syria 9Syria", "Syria", "\nSyria\tMiddle   East",
         "Deir ez-Zor-based Deir ez-Zor", "X-ray X X1 .X", ""]


@pytest.mark.parametrize("phrases", [PHRASES, ["é", "Syria"], ["Türkiye", "Tür", "Syria"]])
def test_word_start_after_the_first_character_matches_as_in_front(phrases):
    fast = re.compile("(" + lexicon.alternation(phrases, word_start=True) + r")(?![\w-])")
    front = re.compile(r"(?<![\w-])(" + lexicon.alternation(phrases) + r")(?![\w-])")
    for text in TEXTS:
        assert [m.span(1) for m in fast.finditer(text)] == [m.span(1) for m in front.finditer(text)], text
    assert fast.search("in Syria.").group(1) == "Syria"
    assert not fast.search("xSyria")


def test_word_start_in_the_flat_form_with_a_leading_space_or_newline():
    phrases = [" Syria", "\nX", "é"]
    fast = re.compile("(" + lexicon.alternation(phrases, word_start=True) + r")(?![\w-])")
    front = re.compile(r"(?<![\w-])(" + lexicon.alternation(phrases) + r")(?![\w-])")
    for text in ["in  Syria", "a\nX b", "a \nX b", "x Syria", "\nX", "é"]:
        assert [m.span(1) for m in fast.finditer(text)] == [m.span(1) for m in front.finditer(text)], text
    assert fast.search("a \nX b")



def test_non_ascii_phrases_take_the_tree_unless_case_is_ignored():
    phrases = ["Türkiye", "Türk", "Turkey"]
    assert lexicon.alternation(phrases) == "T(?:urkey|ürk(?:iye)?)"
    assert lexicon.alternation(phrases, ignore_case=True) == "türkiye|turkey|türk"  # flat, longest first
    flat = re.compile("|".join(sorted((re.escape(p) for p in phrases), key=len, reverse=True)))
    tree = re.compile(lexicon.alternation(phrases))
    for text in ["Türkiye Türk Turkey Türkisch TürkiyeX", ""]:
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]
