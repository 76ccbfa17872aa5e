"""text.Folded: a case-insensitive pattern searched on the lowercased text finds what re.I finds."""
import re

import pytest

from streams.core import casualties, control, fronts, numbers, sources
from streams.core.text import Folded, _foldable

TEXTS = [
    "At least 12 PEOPLE were Killed in Deir Ez-Zor, the Observatory SAID.",
    "Forty-Three civilians died; SCORES were wounded near al-Bab, reports from Idlib said",
    "They KILLED about a dozen fighters outside Raqqa between 500 and 1300 were hurt",
    "no figure here at all",
    "Non-ASCII: 'ſ' folds to s, 'K' to k: ſaid, Killed, Deir eẓ-Zor, 3 ſoldiers killed",
    "",
    "Separators:\x1cKilled\x1d12\x1fpeople in\x1eAleppo",
]


@pytest.mark.parametrize("folded", [numbers.AMOUNT, casualties.CUE, control._ANY_VERB, sources._BEFORE,
                                    sources._VERB_AT, fronts._PREP_RX, fronts._gazetteer()[1]])
def test_the_extractors_patterns_are_foldable_and_find_what_re_i_finds(folded):
    assert folded._plain is not None  # the fast path is taken: no capital crept into the pattern
    for text in TEXTS:
        assert [m.group(0) for m in folded.finditer(text)] == [m.group(0) for m in folded.pattern.finditer(text)]
        assert [m.span() for m in folded.finditer(text)] == [m.span() for m in folded.pattern.finditer(text)]
        found, expected = folded.search(text), folded.pattern.search(text)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


def test_ascii_separators_are_spaces_as_under_re_i():
    # unicode \s matches \x1c-\x1f, re.ASCII's does not: the fast path must not use re.ASCII
    assert Folded(r"killed\s+12").search("Killed\x1c12")


def test_groups_keep_the_texts_own_case():
    m = Folded(r"\b(?P<who>the\s+\w+)\s+said").search("Earlier THE Observatory said")
    assert m.group("who") == "THE Observatory"


@pytest.mark.parametrize("pattern", [r"Monday", r"[!-~]x", r"[--z]", r"[\!-\~]", r"(?-i:a)b", r"\x41", "é"])
def test_patterns_that_may_meet_a_capital_are_not_folded(pattern):
    assert not _foldable(pattern)
    assert Folded(pattern)._plain is None


def test_a_range_holding_capitals_would_differ_if_folded():
    # why _foldable rejects '[!-_]': under re.I it matches 'a' (as 'A'); lowercased, 'a' lies outside
    assert re.search(r"[!-_]", "a", re.I) and not re.search(r"[!-_]", "a")
    assert Folded(r"[!-_]").search("a")


def _read(m):
    """Everything a caller may read off a match."""
    names = list(m.re.groupindex)
    groups = range(m.re.groups + 1)
    return (m.span(), m.group(), m.groups(), m.groups(""), m.groupdict(), m.groupdict(""), m.lastindex, m.lastgroup,
            [(m.group(g), m[g], m.start(g), m.end(g), m.span(g)) for g in [*groups, *names]],
            m.group(*groups) if m.re.groups else None, m.string)


@pytest.mark.parametrize("folded", [numbers.AMOUNT, casualties.CUE, sources._BEFORE, fronts._gazetteer()[1],
                                    Folded(r"\b(?P<who>the\s+\w+)\s+(?:(said)|(told))(?P<rest>\s+\w+)?")])
def test_matches_read_like_the_re_i_matches(folded):
    # the fast path reads the plain match's spans off the text (CasedMatch) instead of matching again
    for text in [*TEXTS, "Earlier THE Observatory said SOMETHING, the Monitor told"]:
        assert [_read(m) for m in folded.finditer(text)] == [_read(m) for m in folded.pattern.finditer(text)]
        found, expected = folded.search(text), folded.pattern.search(text)
        assert (found and _read(found)) == (expected and _read(expected))
