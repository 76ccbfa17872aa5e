"""Territorial events: seized / advanced / holds, with background history."""
from tests.core.extract_helpers import run


def controls(ev):
    return [e for e in ev if e.type == "control"]


def test_seized_with_actor_and_day():
    ev = run("On Thursday, regime forces seized control of Harasta, the Observatory said.", published_at="2018-03-23")
    c = controls(ev)
    assert [(x.actor, x.action, x.place, x.background, x.front) for x in c] == [
        ("Syrian government", "seized", "Harasta", False, "eastern-ghouta")]


def test_history_is_background():
    ev = run("IS overran Tadamon last month and has held parts of the district since 2015.", published_at="2018-04-28")
    c = controls(ev)
    assert c and c[0].action == "seized" and c[0].actor == "Islamic State" and c[0].background is True


def test_share_of_a_province():
    ev = run("The Taliban now control 60 percent of Helmand province, officials said.", published_at="2016-02-01")
    c = controls(ev)
    assert [(x.action, x.place, x.share) for x in c] == [("holds", "Helmand", "60 percent")]


def test_actors_come_from_the_party_lexicon_not_from_one_war():
    cases = [
        ("Russian forces have captured the village of Ocheretyne in Ukraine's Donetsk region, the ministry said.", "Russia"),
        ("M23 rebels took control of Goma, the largest city in eastern Congo, on Monday.", "M23 rebels"),
        ("The Arakan Army said it had captured the town of Paletwa in Chin state.", "Arakan Army"),
        ("IS overran Qadam last month, the monitor said.", "Islamic State"),
    ]
    for text, actor in cases:
        controls = [e for e in run(text, published_at="2024-06-01") if e.type == "control"]
        assert [c.actor for c in controls] == [actor], text


def test_seizing_power_is_no_territorial_change():
    ev = run("More than 3,000 civilians have been killed since the army seized power in February 2021, according "
             "to the Assistance Association for Political Prisoners.", published_at="2024-06-06")
    assert [e for e in ev if e.type == "control"] == []


def test_a_title_before_a_name_is_no_place():
    # 'according to Gov. Vadym Filashkin': 'to Gov' is not a move towards a place called Gov
    ev = run("Three people were killed in the town of Pokrovsk, where Russian forces have been advancing for weeks, "
             "according to Gov. Vadym Filashkin.", published_at="2024-09-03")
    assert "Gov" not in {e.place for e in ev if e.type == "control"}
