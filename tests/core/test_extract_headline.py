"""A headline (or its repeat as the first body line) restating the lead is one figure, not two."""
from tests.core.extract_helpers import figures, one, run


def test_headline_repeat_is_one_figure_and_lends_its_class():
    head = "Shelling kills 11 civilians in Donetsk"
    ev = run(f"{head}\n\nShelling of a market in Donetsk killed 11 people on Saturday, the city's mayor said.",
             headline=head, published_at="2022-01-15")
    killed = [e for e in figures(ev) if e.outcome == "killed"]
    assert len(killed) == 1
    assert (killed[0].count, killed[0].party_class, killed[0].scope) == (11, "civilian", "incident")
    assert killed[0].event_date == "2022-01-15"


def test_glued_headline_in_a_one_line_body():
    head = "Death toll in Kabul blast rises to 27"
    ev = run(f"{head} The death toll from Friday's blast in Kabul has risen to 27 officials said.",
             headline=head, published_at="2021-05-09")
    f = one(ev, 27)
    assert f.event_date == "2021-05-07"
    assert len(figures(ev)) == 1
