"""The cheap tests in front of dates' patterns hold wherever the patterns match."""
import re

import pytest

from streams.core import dates

TEXTS = ["in March 2011", "since Sept. 2014", "on 3 May", "in late June", "Dec 25th, 2019", "in mid-July", "of 1998",
         "during 2020", "In Jan", "since August", "ON June 5", "in march", "in 2119"]


def test_every_month_starts_with_a_stem():
    alternatives = dates._MON.removeprefix("(?:").removesuffix(r")\.?").split("|")
    assert len(alternatives) == 12
    for alternative in alternatives:
        assert dates._MONTH_STEM.match(alternative), alternative


@pytest.mark.parametrize("text", TEXTS)
def test_no_match_without_the_stem(text):
    for rx in (dates._EXPLICIT, dates._BARE_MONTH):
        if rx.search(text):
            assert dates._MONTH_STEM.search(text)
    if dates._YEAR.search(text):
        assert "19" in text or "20" in text


def test_the_weekday_a_claim_was_made_is_the_reports_day():
    # 'the rebels claimed on Friday': Friday is when the toll was claimed, not when the strike happened
    ref = dates.to_date("2025-04-19")
    assert dates.incident_day("At least 12 people died in the raid, the rebels claimed on Friday.", ref) == (None, None)
    assert dates.incident_day("Nine people died in the raid, the governor stated Tuesday.", ref) == (None, None)
