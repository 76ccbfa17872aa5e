"""Attribution and coreference: 'the monitor', 'it', 'the Observatory' point back to the named source."""
from tests.core.extract_helpers import one, run


def test_monitor_and_it_resolve_to_the_observatory():
    ev = run("Fighting raged in Harasta on Tuesday, the Syrian Observatory for Human Rights said.\n"
             "At least 31 pro-regime fighters have been killed since the start of the offensive, the monitor said.\n"
             "At least 22 civilians have also been killed in the same period, it said.", published_at="2018-03-06")
    a, b = one(ev, 31), one(ev, 22)
    assert a.source == b.source == "Syrian Observatory for Human Rights"
    assert (a.scope, a.party_class, b.scope, b.party_class) == ("cumulative", "state", "cumulative", "civilian")


def test_ministry_alias_normalised():
    ev = run("The Hamas-run health ministry said on Monday that 1,100 people had been killed in Gaza since October 7.",
             published_at="2023-10-16")
    f = one(ev, 1100)
    assert (f.source, f.scope, f.period_start, f.front) == ("Gaza Health Ministry", "cumulative", "2023-10-07", "gaza-strip")


def test_state_television_is_not_syrian_outside_syria():
    ev = run("Separatists killed three gendarmes in an attack on a post in Cameroon's Northwest region on Sunday, "
             "state television said.", published_at="2020-03-09")
    assert one(ev, 3).source == "state television"


def test_a_civil_defence_agency_is_not_syrian_outside_syria():
    ev = run("At least 19 people were killed when an air strike hit a school in Deir al-Balah on Monday, the civil "
             "defence agency said.", published_at="2024-06-03")
    assert one(ev, 19).source == "civil defence"
    ev = run("The White Helmets said 11 civilians were killed in the raid on Saraqeb.", published_at="2019-06-03")
    assert one(ev, 11).source == "Syrian Civil Defence"


def test_according_to_a_group_of_officials_keeps_the_whole_noun():
    # 'officials' is not cut at its first letters 'of', and the sentence's full stop is not part of the source
    ev = run("Warplanes struck a fuel depot in the port of Hodeidah, killing 12 and wounding 30, according to Houthi "
             "officials.", published_at="2025-04-20")
    assert one(ev, 12).source == "Houthi officials"
    ev = run("Shelling killed five people in Kherson on Sunday, according to Ukrainian officials.", published_at="2025-04-20")
    assert one(ev, 5).source == "Ukrainian officials"


def test_a_middle_initial_does_not_end_the_sentence():
    # 'Yahya R. Rasool': the initial's full stop is inside the name, so the source is not cut at it
    ev = run("Twelve insurgents were killed in the raid near Ramadi, said army spokesman Brigadier Yahya R. Rasool.",
             published_at="2016-03-13")
    f = one(ev, 12)
    assert f.party_class == "nonstate" and "Rasool" in f.source


def test_a_mayor_or_prosecutors_are_a_source():
    ev = run("A drone attack killed at least 9 civilians in Kherson, according to the acting mayor.", published_at="2025-04-13")
    assert one(ev, 9).source == "the acting mayor"
    ev = run("Shelling of a bus stop killed six people in Nikopol on Sunday, according to regional prosecutors.",
             published_at="2025-04-13")
    assert one(ev, 6).source == "regional prosecutors"
