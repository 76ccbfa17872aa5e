"""Sources of the other wars (streams/data/sources.json): the monitors, ministries, militaries and
agencies wire copy credits, reported under one normalised name whatever the spelling, and 'the
ministry' pointing back to the ministry the article named, not to Gaza's."""
import pytest

from tests.core.extract_helpers import one, run


def test_sudan_doctors_network_and_emergency_lawyers():
    ev = run("At least 15 people were killed in RSF shelling of El Fasher, the Sudan Doctors Network said.", published_at="2024-09-01")
    assert one(ev, 15).source == "Sudan Doctors Network"
    ev = run("The paramilitary attack on the village killed at least 100 people, the Emergency Lawyers said.", published_at="2024-09-01")
    assert one(ev, 100).source == "Emergency Lawyers"


def test_the_ministry_points_back_to_lebanons_health_ministry():
    ev = run("Israeli strikes on southern Lebanon killed 31 people on Monday, Lebanon's health ministry said.\n"
             "The ministry said 12 children were among those wounded in Nabatieh.", published_at="2024-10-14")
    assert one(ev, 31).source == "Lebanese Health Ministry"
    assert one(ev, 12, "wounded").source == "Lebanese Health Ministry"


def test_houthi_run_health_ministry_is_not_gazas():
    ev = run("US strikes on the port of Ras Isa killed 74 people, the Houthi-run health ministry said.", published_at="2025-04-18")
    assert one(ev, 74).source == "Houthi-run Health Ministry"


def test_gaza_civil_defence_is_not_syrias():
    ev = run("An Israeli strike on a school sheltering displaced people killed 22 people, Gaza's civil defence agency said.",
             published_at="2024-08-10")
    assert one(ev, 22).source == "Gaza Civil Defence"


@pytest.mark.parametrize("said, name", [
    ("MSF said", "Doctors Without Borders"),
    ("Doctors Without Borders said", "Doctors Without Borders"),
    ("according to ACLED", "ACLED"),
    ("according to the Armed Conflict Location and Event Data Project", "ACLED"),
    ("according to Airwars", "Airwars"),
    ("the International Committee of the Red Cross said", "International Committee of the Red Cross"),
    ("Human Rights Watch said", "Human Rights Watch"),
    ("the Assistance Association for Political Prisoners said", "Assistance Association for Political Prisoners"),
    ("OCHA said", "United Nations"),
    ("the UN human rights office said", "United Nations"),
    ("MONUSCO said", "United Nations"),
])
def test_monitors_and_agencies_under_one_name(said, name):
    ev = run(f"At least 32 civilians were killed in the attack, {said}.", published_at="2024-03-03")
    assert one(ev, 32).source == name


def test_militaries_and_general_staffs():
    ev = run("The Israeli military said it had killed 10 Hamas fighters in Rafah.", published_at="2024-05-20")
    assert one(ev, 10).source == "Israeli military"
    ev = run("Some 1,200 Russian soldiers were killed in the past day, Ukraine's General Staff said.", published_at="2024-11-20")
    assert one(ev, 1200).source == "General Staff of the Armed Forces of Ukraine"
    ev = run("Russian forces killed 40 Ukrainian servicemen near Kupiansk, Russia's Defence Ministry said.", published_at="2024-11-20")
    assert one(ev, 40).source == "Russian Defence Ministry"
    ev = run("Security forces killed 12 militants in an operation in Bannu, the ISPR said.", published_at="2024-11-20")
    assert one(ev, 12).source == "Inter-Services Public Relations"


def test_pakistans_military_media_wing_is_the_ispr():
    ev = run("Security forces killed 12 militants in Bannu, the military's media wing said.", published_at="2025-02-01")
    assert one(ev, 12).source == "Inter-Services Public Relations"


def test_un_rights_office_spokespeople_are_the_united_nations():
    ev = run("At least 5,601 people were killed by armed gangs in Haiti last year, Elizabeth Throssell, a spokesperson for the "
             "Office of the High Commissioner for Human Rights, said.", published_at="2025-01-07")
    assert one(ev, 5601).source == "United Nations"


def test_kivu_security_tracker_by_its_initials():
    ev = run("Militiamen killed at least 36 people with knives in Mukondi overnight, the KST said.", published_at="2023-03-09")
    assert one(ev, 36).source == "Kivu Security Tracker"


def test_lebanons_ministry_of_health_and_national_news_agency():
    ev = run("An Israeli strike on Barja killed four people and wounded 18 others, Lebanon's Ministry of Health said.\n"
             "Lebanon's official National News Agency said a strike on Deir Billa killed two people.", published_at="2024-10-12")
    assert one(ev, 4).source == "Lebanese Health Ministry"
    assert one(ev, 2).source == "National News Agency"
