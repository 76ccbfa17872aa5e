"""Parts of another figure: 'including', 'among the dead', 'of whom', 'N of them'."""
from tests.core.extract_helpers import keys, one, run


def test_including_children():
    ev = run("At least 25 people, including nine children, were killed when a shell hit a school in Idlib on Monday, "
             "rescuers said.")
    total, kids = one(ev, 25), one(ev, 9)
    assert (total.scope, total.party_class) == ("incident", "unspecified")
    assert (kids.scope, kids.party_class, kids.outcome) == ("subset", "civilian", "killed")


def test_among_the_dead_and_of_them():
    ev = run("An airstrike killed 40 people in Douma on Wednesday, the monitor said.\n"
             "Among the dead are 12 women. Six of them were children, it said.")
    assert one(ev, 40).scope == "incident"
    assert (one(ev, 12).scope, one(ev, 12).party_class) == ("subset", "civilian")
    assert (one(ev, 6).scope, one(ev, 6).party_class) == ("subset", "civilian")


def test_of_the_wounded():
    ev = run("The blast wounded 60 people in Kabul on Friday. Twenty of the wounded are in critical condition.")
    f = one(ev, 20, "wounded")
    assert f.scope == "subset"


def test_mixed_total_split_into_classes():
    ev = run("Gunmen stormed a police post in Ghazni late on Saturday, killing seven people, a spokesman said.\n"
             "He said four policemen and three civilians were killed in the attack.")
    assert one(ev, 7).scope == "incident"
    assert one(ev, 4).scope == "subset" and one(ev, 4).party_class == "state"
    assert one(ev, 3).scope == "subset" and one(ev, 3).party_class == "civilian"


def test_one_of_the_deadliest_is_no_figure():
    ev = run("The RSF killed at least 80 people in a village in Gezira state, in one of the deadliest attacks of the war.",
             published_at="2024-06-06")
    assert keys(ev) == {(80, "killed", "unspecified")}


def test_a_subset_list_closed_by_its_verb_does_not_swallow_the_next_clause():
    ev = run("Four people, two of them children, died and more than 11 people were injured by shelling in Azaz.",
             published_at="2016-05-01")
    assert keys(ev) == {(4, "killed", "unspecified"), (2, "killed", "civilian"), (11, "wounded", "unspecified")}
    assert one(ev, 11, "wounded").scope == "incident"


def test_among_the_dead_a_noun_phrase_ends_before_the_next_number():
    ev = run("At least 30 people were killed in the strike on Douma. Nine children and 14 fighters were among the dead.",
             published_at="2016-05-01")
    assert one(ev, 9).party_class == "civilian" and one(ev, 14).party_class == "nonstate"
