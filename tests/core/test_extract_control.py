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
