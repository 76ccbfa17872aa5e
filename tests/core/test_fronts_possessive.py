"""fronts' place patterns: possessive letter runs match what the backtracking ones match; the cheap
place-word test passes wherever a place word is."""
import re

import pytest

from streams.core import fronts

TEXTS = [
    "Clashes in the northern city of Al-Bab's Old Town district killed 5 near Kwashabe village and in Hasaka province.",
    "in Deir ez-Zor province, outskirts of al-Bab village, from the town of Abu Kamal in eastern Syria",
    "near Foo'bar-Baz Qux Quux Corge province and in O'Neill town, in Aleppo's west and Idlibs countryside",
    "the SDF entered Raqqa City stadium as Kurdish-led forces advanced on the Euphrates Valley region",
    "in Mafa Local Government Area of Borno State, at Zabarmari, to Ma'arat al-Numan market district",
    "", "in", "In Aleppo", "at al-", "x of Y-z-w quarters",
]


@pytest.mark.parametrize("rx", [fronts._CAND, fronts._CAND_KIND])
def test_possessive_runs_match_as_the_backtracking_ones(rx):
    assert "++" in rx.pattern
    backtracking = re.compile(rx.pattern.replace("++", "+"))
    for text in TEXTS:
        assert [(m.span(), m.groupdict()) for m in rx.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in backtracking.finditer(text)], text


@pytest.mark.parametrize("kinds", [fronts._ADMIN, fronts._TOWNISH, fronts._SUB])
def test_every_place_word_passes_the_cheap_test(kinds):
    # each alternative at its shortest (optional letters dropped) and longest
    for alternative in kinds.removeprefix("(?:").removesuffix(")").split("|"):
        for word in (re.sub(r".\?", "", alternative), alternative.replace("?", "")):
            word = word.replace(r"\s+", " ")
            assert re.fullmatch(r"[\w ]+", word), word
            assert fronts._KIND_WORD.search(" " + word), word
