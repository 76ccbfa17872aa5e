"""War-wide and historical figures are background, on the country, never counted on the front."""
import pytest

from tests.core.extract_helpers import figures, one, run


def test_war_wide_total_since_start_of_war():
    ev = run("A car bomb killed 14 people in Azaz on Sunday, the Syrian Observatory for Human Rights said.\n"
             "More than 500,000 people have been killed since Syria's war started in 2011.", published_at="2021-03-14")
    war = one(ev, 500000)
    assert (war.scope, war.front, war.qualifier) == ("background", "syria", "more_than")
    assert one(ev, 14).scope == "incident"


def test_earlier_attack_is_background():
    ev = run("Insurgents killed nine farmers in Gubio in Borno State on Monday, police said.\n"
             "It could be recalled that insurgents killed over 80 herders in the same area two years ago.",
             published_at="2021-06-08")
    old = one(ev, 80)
    assert old.scope == "background" and old.front == "nigeria"
    assert one(ev, 9).scope == "incident"


def test_figure_of_an_earlier_month():
    ev = run("A suicide bomber killed 30 people in Mogadishu on Tuesday, officials said.\n"
             "In March a similar blast killed 12 soldiers in the city.", published_at="2021-05-11")
    assert one(ev, 12).scope == "background"


def test_war_wide_phrasings():
    ev = run("Shelling killed five people in Taiz on Monday, medics said.\n"
             "The conflict, which has killed more than 150,000 people, shows no sign of ending.\n"
             "Over the past eight years, more than 4 million people have been wounded.", published_at="2023-03-06")
    assert one(ev, 5).scope == "incident"
    assert one(ev, 150000).scope == "background" and one(ev, 150000).front == "yemen"
    assert one(ev, 4000000, "wounded").scope == "background"


def test_a_war_of_this_year_is_the_fronts_running_total():
    ev = run("The health ministry said 2,750 people have been killed in Gaza since the war began in October 2023.",
             published_at="2023-10-17")
    f = one(ev, 2750)
    assert (f.scope, f.front) == ("cumulative", "gaza-strip")


def test_a_countrys_total_since_a_month_is_background_not_the_fronts():
    ev = run("An Israeli drone strike on a car near Bint Jbeil killed three people on Tuesday, the health ministry "
             "said.\n"
             "The violence since October has killed some 580 people in Lebanon, mostly Hezbollah fighters, according "
             "to an AFP tally.", published_at="2024-08-06")
    assert one(ev, 3).scope == "incident"
    f = one(ev, 580)
    assert (f.scope, f.front) == ("background", "lebanon")


def test_a_groups_lifetime_toll_is_background():
    ev = run("Turkish jets killed seven PKK militants in the Gara region of northern Iraq, the ministry said.\n"
             "The group has been responsible for the deaths of 35,000 people, including women and children.",
             published_at="2021-02-10")
    assert one(ev, 35000).scope == "background"


def test_last_month_s_toll_retold_is_history_not_today_s_incident():
    ev = run("Rebels fired missiles at a camp for displaced people in Marib on Sunday, killing nine people.\n"
             "Last month, a drone strike on a parade in the port city of Aden killed 22 soldiers.\n"
             "Shelling on the same camp wounded four residents last month, aid workers said.", published_at="2024-06-03")
    assert one(ev, 9).scope == "incident"
    assert one(ev, 22).scope == "background"
    assert one(ev, 4, "wounded").scope == "background"


def test_last_month_dating_something_else_or_a_span_leaves_the_figure_alone():
    ev = run("After Kurdish fighters drove jihadists out of the town last month, al-Qaeda struck back on Friday, "
             "killing 17 people.\n"
             "More than 450 people have been killed in the province over the last month, rescuers said.\n"
             "At least 60 fighters have died since last month in the battle for the town, the monitor said.",
             published_at="2013-08-17")
    assert one(ev, 17).scope == "incident"
    assert one(ev, 450).scope == "cumulative"
    assert one(ev, 60).scope == "cumulative"


def test_a_toll_since_a_coup_is_the_junta_s_whole_rule():
    ev = run("A military air strike on a village in the Sagaing region killed at least 30 people on Tuesday, local media said.\n"
             "The country has been in turmoil since the military seized power in 2021, with a rights group saying more "
             "than 3,000 civilians have been killed by security forces.\n"
             "Since the 2022 coup, more than 1,200 soldiers have died in jihadist attacks, officials said.",
             published_at="2024-06-05")
    assert one(ev, 30).scope == "incident"
    assert (one(ev, 3000).scope, one(ev, 1200).scope) == ("background", "background")


def test_a_running_total_for_the_whole_country_is_background():
    ev = run("Gang members killed at least 70 people in an attack on the town of Pont-Sonde in central Haiti on Thursday, "
             "U.N. officials said.\n"
             "More than 3,600 people have been killed in Haiti in the first six months of the year, according to the U.N.",
             published_at="2024-10-04")
    assert one(ev, 70).scope == "incident"
    war = one(ev, 3600)
    assert (war.scope, war.front) == ("background", "haiti")


def test_a_day_s_toll_across_a_country_is_background_however_small():
    ev = run("An Israeli strike on a building in Barja killed 20 people on Tuesday, the health ministry said.\n"
             "Israeli strikes across Lebanon killed at least 40 people on Wednesday, the ministry said.",
             published_at="2024-11-06")
    assert (one(ev, 20).scope, one(ev, 40).scope, one(ev, 40).front) == ("incident", "background", "lebanon")


def test_an_attack_dated_weeks_before_the_report_is_background_and_does_not_date_the_lead():
    # the lead's strike is undated; a recalled strike 'on March 30' must neither date it nor count on a front
    ev = run("At least 15 people were killed in an airstrike on a fuel depot near Hodeidah, the rebels said.\n"
             "The raid came two weeks after the rebels said airstrikes killed at least six people on March 30 in "
             "the capital Sanaa.", published_at="2025-04-14")
    old, lead = one(ev, 6), one(ev, 15)
    assert old.scope == "background"
    assert lead.scope == "incident" and lead.event_date != "2025-03-30"


def test_a_campaigns_toll_tied_to_no_known_place_is_background():
    # the lead strike is on a front; the whole air campaign's total is the country's, not that front's
    ev = run("An airstrike on the port of Hodeidah killed 12 dock workers on Tuesday, rebel officials said.\n"
             "The month-long campaign of strikes against the rebels over their raids on Red Sea shipping has killed "
             "more than 90 people, according to figures the rebels released.", published_at="2025-04-16")
    assert one(ev, 90).scope == "background"
    assert one(ev, 12).scope == "incident"
    # a campaign for a known place keeps its own reading
    ev = run("Iraqi troops pushed deeper into west Mosul on Monday, officers said.\n"
             "The campaign to retake the city of Mosul has killed 300 militants, the army said.", published_at="2017-03-13")
    assert one(ev, 300).scope != "background"


def test_the_sentence_after_one_opening_on_an_old_date_goes_on_about_that_time():
    # 'On March 20, jets struck ... . The ministry said 41 were killed': the toll of that earlier raid
    ev = run("Airstrikes on a fuel depot near Hodeidah killed 15 workers on Thursday, rebel officials said.\n"
             "On March 20, warplanes struck rebel bases across the north of the country.\n"
             "The rebel-run health ministry said at least 41 people were killed and more than 90 were hurt.",
             published_at="2025-04-18")
    assert one(ev, 41).scope == "background"
    assert one(ev, 90, "wounded").scope == "background"
    assert one(ev, 15).scope == "incident"


def test_it_has_killed_after_a_sentence_about_the_war_is_the_war_s_toll():
    ev = run("Shelling killed at least 10 people in El Fasher on Sunday, according to the Sudan Doctors Network.\n"
             "The war between the military and the RSF began in April 2023.\n"
             "It has killed more than 24,000 people, according to U.N. figures, though activists say the number "
             "could be far higher.", published_at="2024-06-03")
    war = one(ev, 24000)
    assert (war.scope, war.front, war.source) == ("background", "sudan", "United Nations")
    assert one(ev, 10).scope == "incident"


@pytest.mark.parametrize("published_at, received_at", [("2023-04-14", "2023-04-14T09:00:00"),
                                                       (None, "0001-01-01T00:00:00")])
def test_a_toll_since_the_army_ousted_the_government_is_the_junta_s_whole_rule(published_at, received_at):
    # 'since the army removed the elected government ... in 2021' is 'since the 2021 coup' put another way
    events = run("A jet bombed the village of Lay Taw in Sagaing region on Tuesday, killing 30 people. Myanmar "
                 "has been in turmoil since the army removed the elected government led by Aung San Suu Kyi in "
                 "2021, resulting in the killing of an estimated 4,000 civilians.",
                 published_at=published_at, received_at=received_at)
    assert one(events, 4000).scope == "background"
    assert one(events, 30).scope == "incident"


def test_a_past_month_of_a_past_year_is_another_time():
    # 'In June 2021, 160 people were killed in that attack' (another massacre recalled in a 2024 report)
    events = run("Gunmen killed at least 100 civilians in Barsalogho on Saturday. It was one of the deadliest "
                 "assaults since the attack in Solhan. In June 2021, 160 people were killed in that attack.",
                 published_at="2024-08-27")
    assert one(events, 160).scope == "background"
    assert one(events, 100).scope == "incident"


def test_the_last_one_and_a_previous_attack_are_other_attacks():
    ev = run("Eleven soldiers were killed on Sunday in an attack on an army post in Boulkessi, a spokesman said.\n"
             "Just last week, two police stations were attacked in the northern province of Soum.\n"
             "The last one, also in Soum, resulted in the death of a dozen soldiers.", published_at="2017-03-06")
    assert one(ev, 11).front == "boulkessi" and one(ev, 11).scope == "incident"
    assert one(ev, 12).scope == "background"


def test_a_months_long_rampage_is_another_time_than_todays_attack():
    ev = run("Paramilitary fighters killed at least 124 people in a village in Gezira State on Friday, activists said.\n"
             "Gezira has already faced a months-long rampage in which fighters looted homes and killed 40 civilians.",
             published_at="2024-10-26")
    assert (one(ev, 124).scope, one(ev, 40).scope) == ("incident", "background")


def test_an_earlier_attack_days_before_is_the_same_weeks_news():
    ev = run("At least 38 people were killed in a drone strike on El Fasher, local activists said.\n"
             "This follows an earlier attack on Friday on the city's hospital, which left nine dead and 20 injured.",
             published_at="2025-01-26")
    assert one(ev, 9).scope == "incident" and one(ev, 9).front == "el-fasher"


def test_the_displaced_are_no_dead():
    ev = run("The conflict has caused widespread displacement, with over 11 million people forced from their homes "
             "and tens of thousands killed.", published_at="2025-01-26")
    assert not [e for e in figures(ev) if e.count == 11_000_000]
