"""War-wide totals in the phrasings wire copy uses never count on a front (scorer: background leaks)."""
import pytest

from tests.core.extract_helpers import figures, run


@pytest.mark.parametrize("sentence, count", [
    ("Shelling hit a market in Idlib on Monday. More than 250000 people have been killed and millions "
     "forced from their homes.", 250000),
    ("Shelling hit a market in Idlib on Monday. A think tank puts the death toll from the seven-year "
     "conflict at more than 500000.", 500000),
    ("Shelling hit a market in Idlib on Monday. Over 120000 people have died in Syrias four-year war.", 120000),
    ("Shelling hit a market in Idlib on Monday. The war which erupted in March 2011 has claimed the "
     "lives of some 360000 people.", 360000),
    ("Shelling hit a market in Idlib on Monday. The conflict has killed 9000 people across the country "
     "since it began in 2013.", 9000),
    ("Shelling hit a market in Idlib on Monday. Some 190000 people have been killed since March 2011.", 190000),
])
def test_war_wide_totals_are_background(sentence, count):
    events = figures(run(sentence, published_at="2018-05-07"))
    total = [e for e in events if e.count == count]
    assert total and all(e.scope == "background" for e in total)


def test_a_recent_running_total_of_one_strip_of_land_stays_cumulative():
    events = figures(run("The health ministry said the war has killed 9200 people in Gaza since October 7.",
                         published_at="2023-11-03"))
    (total,) = [e for e in events if e.count == 9200]
    assert total.scope == "cumulative"
