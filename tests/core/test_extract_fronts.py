"""Fronts: gazetteer variants resolve to one front; unknown places make their own; a scene change
moves figures to another front; a country is never an incident's front."""
from tests.core.extract_helpers import figures, one, run


def test_spelling_variants_share_a_front():
    a = run("Militants killed 12 farmers in Koshobe village on Saturday.", article_id="a")
    b = run("Militants killed 12 farmers in the village of Kwashabe near Zabarmari on Saturday.", article_id="b")
    assert one(a, 12).front == one(b, 12).front == "zabarmari"


def test_unknown_place_creates_its_own_front():
    ev = run("A missile struck the railway station in Vovchansk on Friday, killing 19 people, officials said.",
             published_at="2022-04-08")
    f = one(ev, 19)
    assert (f.front, f.front_name, f.event_date) == ("vovchansk", "Vovchansk", "2022-04-08")


def test_scene_change_moves_later_figures():
    ev = run("At least six police were killed when insurgents attacked a checkpoint in Kandahar province on Sunday, "
             "an official said.\n"
             "In another report from the northern Balkh province, gunmen killed three people at a market, police said.\n"
             "Two others were wounded there.", published_at="2019-02-03")
    assert one(ev, 6).front == "kandahar"
    assert one(ev, 3).front == "balkh"
    assert one(ev, 2, "wounded").front == "balkh"


def test_two_theatre_lead_goes_to_the_country():
    ev = run("Two attacks killed at least 13 soldiers in the west and east of the country, officials said.\n"
             "In western Farah province, nine soldiers were killed in a gunbattle on Monday.\n"
             "In eastern Paktia province, four soldiers were killed on Monday.", published_at="2019-05-28")
    assert one(ev, 13).front == "afghanistan"
    assert one(ev, 9).front == "farah" and one(ev, 4).front == "paktia"


def test_city_mentions_count_for_the_named_part_of_it():
    ev = run("Residents of a camp in Damascus fled on Monday as fighting spread across the city.\n"
             "On Sunday air strikes on the Yarmuk camp in southern Damascus killed six civilians, the Observatory said.\n"
             "Others fled to other parts of Damascus.", published_at="2012-12-17")
    f = one(ev, 6)
    assert (f.front, f.location, f.event_date) == ("southern-damascus", "Yarmuk camp", "2012-12-16")


def test_a_possessive_weekday_is_not_a_place():
    ev = run("The death toll from Thursday's attack on the market rose to 45, the ministry said.", published_at="2024-06-01")
    assert [e.front for e in figures(ev)] == ["unknown"]
