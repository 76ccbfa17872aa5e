"""Numbers written in words, thousands with and without separators, vague amounts."""
from tests.core.extract_helpers import figures, keys, one, run


def test_number_words_and_compounds():
    ev = run("Thirty-two fishermen were killed when gunmen opened fire on their boats near Baga on Friday, "
             "a local official said. Eleven others were wounded.")
    f = one(ev, 32)
    assert (f.party_class, f.party, f.qualifier, f.vague, f.scope) == ("civilian", "civilians", "exact", False, "incident")
    w = one(ev, 11, "wounded")
    assert w.party_class == "civilian"  # 'others' takes the class of the figure it follows


def test_thousands_with_and_without_separators():
    ev = run("The ministry said 1,250 people had been killed since March 2.\n"
             "It said 4300 people had been injured in the same period.")
    assert {(1250, "killed", "unspecified"), (4300, "wounded", "unspecified")} <= keys(ev)


def test_a_dozen_and_qualifiers():
    ev = run("Police said more than a dozen villagers died in the raid on Tuesday. "
             "Nearly 40 were hurt, according to the hospital.")
    f = one(ev, 12)
    assert (f.qualifier, f.vague, f.party_class) == ("more_than", False, "civilian")
    assert one(ev, 40, "wounded").qualifier == "about"


def test_vague_amounts_are_marked_vague():
    ev = run("An airstrike on a market in Saada killed dozens of people on Monday, residents said.")
    f = one(ev, 12)
    assert f.vague is True and f.qualifier == "about" and f.party_class == "unspecified"


def test_numbers_outside_a_casualty_frame_are_not_figures():
    ev = run("About 5,000 people fled the town in 48 hours, and 12 trucks of aid arrived, the agency said.")
    assert figures(ev) == []


def test_losing_people_is_a_death_toll_but_losing_ground_is_not():
    ev = run('"We lost more than a dozen of our fishermen on Sunday evening," a community leader in Baga said.\n'
             "The army lost 60 percent of the district in the fighting.")
    f = one(ev, 12)
    assert (f.qualifier, f.party_class) == ("more_than", "civilian")
    assert all(e.count != 60 for e in figures(ev))


def test_thousands_spaced_french_style():
    ev = run("UN figures show that armed groups in the three Sahel states left nearly 5 000 people dead last year.",
             published_at="2020-04-10")
    f = one(ev, 5000)
    assert (f.qualifier, f.scope) == ("about", "background")
    assert all(e.count != 0 for e in ev if e.type == "casualty")


def test_hundreds_of_thousands_is_no_hundred():
    ev = run("According to independent monitors, hundreds of thousands of civilians have been killed in the war.",
             published_at="2016-06-22")
    assert figures(ev) == []


def test_ages_are_no_figures_and_an_age_aside_keeps_the_frame():
    ev = run("Eleven soldiers, aged 19 to 25, were killed in the ambush near Djibo.", published_at="2024-06-03")
    assert keys(ev) == {(11, "killed", "state")}
    ev = run("Two boys aged 10 and 12 were killed by a landmine in Idlib.", published_at="2024-06-03")
    assert keys(ev) == {(2, "killed", "civilian")}
