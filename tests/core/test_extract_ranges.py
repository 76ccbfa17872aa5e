"""Ranges: the low end is the count, the high end goes to `high`."""
from tests.core.extract_helpers import one, run


def test_between_and():
    ev = run("Local medics estimated that between 120 and 150 people were killed in the shelling of Marib on Sunday.")
    f = one(ev, 120)
    assert (f.high, f.outcome, f.party_class) == (150, "killed", "unspecified")


def test_dash_range():
    ev = run("Officials said 20-25 soldiers were wounded when their convoy hit a mine outside Gao on Thursday.")
    f = one(ev, 20, "wounded")
    assert (f.high, f.party_class, f.party) == (25, "state", "mali-government")


def test_single_number_has_no_high():
    ev = run("Rescuers said 17 people died after the building collapsed in Aleppo on Tuesday.")
    assert one(ev, 17).high is None


def test_a_toll_believed_to_be_a_range():
    ev = run("Drone strikes hit the market town on Tuesday. Residents said the death toll was believed to be between 60 "
             "and 75.", published_at="2024-03-07")
    f = one(ev, 60)
    assert (f.high, f.party_class) == (75, "unspecified")


def test_a_toll_that_could_rise_is_the_upper_end_not_a_figure():
    # the annotation guide: 'could reach 200' makes no figure, it is the high end of the one it qualifies
    ev = run("At least 40 people were killed in strikes on Derna on Monday, and officials fear the toll could rise "
             "to 200.", published_at="2024-06-03")
    assert [(e.count, e.high) for e in ev if e.type == "casualty"] == [(40, 200)]
