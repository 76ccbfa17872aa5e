"""One victim named with 'a'/'an' is a figure of one, as 'one' is: 'a woman was killed',
'killing a police officer'. Only next to a verb of killing or wounding, never 'a number of' or
'executed a special operation'; and two single victims of different classes are two figures."""
from tests.core.extract_helpers import keys, run


def test_a_victim_in_the_passive_and_as_an_object():
    ev = run("A woman was killed and two others were wounded when a shell hit a market in Kherson on Sunday.",
             published_at="2024-06-03")
    assert keys(ev) == {(1, "killed", "civilian"), (2, "wounded", "civilian")}
    ev = run("Gunmen shot dead a teacher in Narathiwat on Monday, police said.", published_at="2024-06-03")
    assert keys(ev) == {(1, "killed", "civilian")}


def test_a_first_object_before_a_second_with_a_number():
    ev = run("The strike killed a police officer and two civilians in Kunduz on Tuesday.", published_at="2024-06-03")
    assert keys(ev) == {(1, "killed", "state"), (2, "killed", "civilian")}


def test_a_number_of_and_other_articles_are_no_victims():
    ev = run("The clashes killed a number of fighters near Idlib on Friday.\n"
             "Troops executed a special operation against the militants a day after the attack.\n"
             "Shelling wounded a large number of residents in Jisr al-Shughur.", published_at="2024-06-03")
    assert all(e.count != 1 for e in ev if e.type == "casualty")


def test_two_single_victims_of_different_classes_are_two_figures():
    ev = run("A soldier was killed in a roadside blast in Kidal on Monday.\n"
             "A child was also killed in shelling of the town later that day, residents said.", published_at="2024-06-03")
    assert keys(ev) == {(1, "killed", "state"), (1, "killed", "civilian")}
    assert len([e for e in ev if e.type == "casualty"]) == 2


def test_one_victim_among_those_killed():
    ev = run("Israeli forces killed five Palestinians in Jenin on Monday.\n"
             "A teenage boy was among those killed, the ministry said.", published_at="2024-06-03")
    assert [(e.count, e.scope) for e in ev if e.type == "casualty"] == [(5, "incident"), (1, "subset")]


def test_a_victims_age_is_no_count_of_victims():
    ev = run("A 40-year-old woman was killed and a 67-year-old woman was slightly injured, the governor said.",
             published_at="2024-06-03")
    assert sorted((e.count, e.outcome, e.party_class) for e in ev if e.type == "casualty") == [
        (1, "killed", "civilian"), (1, "wounded", "civilian")]
