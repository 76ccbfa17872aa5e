"""War-wide totals in the phrasings wire copy uses never count on a front (scorer: background leaks)."""
import pytest

from tests.core.extract_helpers import figures, one, run


@pytest.mark.parametrize("sentence, count", [
    ("Shelling hit a market in Idlib on Monday. More than 250000 people have been killed and millions "
     "forced from their homes.", 250000),
    ("Shelling hit a market in Idlib on Monday. A think tank puts the death toll from the seven-year "
     "conflict at more than 500000.", 500000),
    ("Shelling hit a market in Idlib on Monday. Over 120000 people have died in Syrias four-year war.", 120000),
    ("Shelling hit a market in Idlib on Monday. The war which erupted in March 2011 has claimed the "
     "lives of some 360000 people.", 360000),
    ("Shelling hit a market in Idlib on Monday. The conflict has killed 9000 people across the country "
     "since it began in 2013.", 9000),
    ("Shelling hit a market in Idlib on Monday. Some 190000 people have been killed since March 2011.", 190000),
])
def test_war_wide_totals_are_background(sentence, count):
    events = figures(run(sentence, published_at="2018-05-07"))
    total = [e for e in events if e.count == count]
    assert total and all(e.scope == "background" for e in total)


def test_a_recent_running_total_of_one_strip_of_land_stays_cumulative():
    events = figures(run("The health ministry said the war has killed 9200 people in Gaza since October 7.",
                         published_at="2023-11-03"))
    (total,) = [e for e in events if e.count == 9200]
    assert total.scope == "cumulative"


def test_an_invasion_of_a_country_is_its_war_but_an_invasion_of_a_town_is_a_front():
    ev = run("A Russian missile struck an apartment block in Kharkiv on Saturday, killing six people.\n"
             "Russia's full-scale invasion has killed more than 10,000 civilians, according to the United Nations.\n"
             "The invasion of Ukraine has displaced millions and killed at least 11,000 civilians, the UN says.",
             published_at="2024-03-09")
    scopes = {e.count: e.scope for e in figures(ev)}
    assert scopes[10000] == "background" and scopes[11000] == "background" and scopes[6] == "incident"


def test_a_toll_since_the_invasion_on_one_front_is_not_war_wide():
    ev = run("Since the full-scale invasion, 3,000 soldiers have died in Bakhmut alone, the officer said.",
             published_at="2024-03-09")
    assert [e.scope for e in figures(ev)] != ["background"]


def test_toll_since_rebels_launched_their_campaign_is_the_war():
    ev = run("Separatists killed five soldiers in a raid on a post at Batibo in Cameroon's Northwest region on Friday, the government said.\n"
             "More than 4,000 people have been killed since the separatists launched their armed campaign.",
             published_at="2021-06-12")
    f = one(ev, 4000)
    assert (f.scope, f.front) == ("background", "cameroon")


def test_a_war_toll_so_far_tied_to_no_place_is_background():
    ev = run("Paramilitary fighters killed 31 people in an attack on Wad Ashana village in North Kordofan on Monday, "
             "medics said.\n"
             "More than 25,000 people have been killed so far, according to the UN.", published_at="2025-05-06")
    f = one(ev, 25000)
    assert (f.scope, f.front) == ("background", "sudan")


def test_a_figure_across_a_whole_country_is_background():
    ev = run("Gang members killed three police officers in Kenscoff on Tuesday, officials said.\n"
             "The UN counted 1,210 people killed and 540 injured across Haiti between January and March.", published_at="2025-05-01")
    assert one(ev, 1210).scope == "background" and one(ev, 540, "wounded").scope == "background"
    assert one(ev, 3).scope == "incident"


def test_the_attack_that_began_a_war_is_not_the_war_s_running_toll():
    ev = run("Israeli strikes across the Gaza Strip killed at least 45 people overnight, local health officials said.\n"
             "Hamas-led militants killed some 1,200 people in the Oct. 7, 2023, attack that triggered the war.\n"
             "Israel's offensive has killed more than 44,000 Palestinians, according to Gaza's Health Ministry.",
             published_at="2024-11-24")
    assert one(ev, 1200).scope == "background"
    total = one(ev, 44000)
    assert (total.scope, total.front) == ("cumulative", "gaza-strip")
    assert one(ev, 45).scope == "incident"


def test_a_war_aged_in_months_is_the_whole_war():
    # 'in the 14-month conflict' names the war by its age in months as 'the seven-year conflict' does
    events = run("Gunmen stormed a village in Gezira state on Monday, killing 40 residents, activists said. "
                 "The UN estimates that at least 12,000 people have been killed in the 14-month conflict.",
                 published_at="2024-06-07")
    assert one(events, 12000).scope == "background"
    assert one(events, 40).scope == "incident"


def test_a_part_of_the_war_s_toll_in_a_single_town_is_a_figure_of_the_war():
    # 'including up to 9,000 in a single West Darfur town': the part takes the toll's verb for a place
    # named after 'a single', and stays with the war, not the day's front
    events = run("Gunmen killed 12 people in a village in Gezira on Monday, activists said. In a little over a "
                 "year, the war has killed tens of thousands of people, including up to 9,000 in a single West "
                 "Darfur town.", published_at="2024-06-07")
    part = one(events, 9000)
    assert (part.qualifier, part.scope) == ("up_to", "background")


def test_the_past_day_or_hours_is_the_reports_own_time_not_history():
    # 'in the past' alone recalls other times; 'in the past 24 hours' is the span the report covers
    ev = run("At least 12 people were killed in the past day in Russian strikes on Kharkiv, the regional governor said.",
             published_at="2024-06-03")
    assert (one(ev, 12).scope, one(ev, 12).front) == ("incident", "kharkiv")
    ev = run("Shelling killed 20 people in Aleppo in the past 48 hours, state media said.", published_at="2016-07-19")
    assert one(ev, 20).scope != "background"
    ev = run("Such raids on Aleppo have killed 40 people in the past, residents said.", published_at="2016-07-19")
    assert one(ev, 40).scope == "background"


def test_an_attack_named_by_an_earlier_year_is_history():
    ev = run("Jihadists killed 40 soldiers in an attack on an army base in Djibo on Tuesday, security sources said.\n"
             "It was the deadliest attack since a 2021 assault in which 160 villagers were killed.", published_at="2024-06-03")
    assert (one(ev, 40).scope, one(ev, 160).scope) == ("incident", "background")
    ev = run("The 2019 bombing of the mosque in Quetta killed 22 worshippers.", published_at="2024-06-03")
    assert one(ev, 22).scope == "background"


def test_a_figure_before_the_comparison_is_todays():
    ev = run("The attack on Djibo, which killed 40 soldiers, was the deadliest since the 2021 massacre in Solhan.",
             published_at="2024-06-03")
    assert one(ev, 40).scope == "incident"
    ev = run("The 2024 attack on the camp killed 60 people.", published_at="2024-06-03")
    assert one(ev, 60).scope == "incident"  # this year's


def test_a_war_that_has_reportedly_left_n_dead_is_background():
    ev = run("Militants stormed a village in Borno state on Saturday, killing six men, a militia leader said.\n"
             "The conflict has reportedly left around 20,000 people dead and displaced two million.", published_at="2018-06-03")
    assert (one(ev, 6).scope, one(ev, 20000).scope) == ("incident", "background")


def test_a_toll_since_the_invasion_told_for_no_place_is_the_wars():
    ev = run("A Russian missile strike on a residential building in the southern city of Mykolaiv killed three people "
             "on Wednesday, the mayor said.\n"
             "The United Nations says at least 4,700 civilians have been killed since Russia invaded on February 24.",
             published_at="2022-06-29")
    assert (one(ev, 3).scope, one(ev, 4700).scope) == ("incident", "background")


def test_since_then_after_a_sentence_dating_the_war_is_the_wars_toll():
    ev = run("A military airstrike on Hteelin village in Kachin state killed 21 people on Thursday, a rebel group said.\n"
             "Myanmar has been in turmoil since the army seized power on Feb. 1, 2021.\n"
             "More than 7,700 people are estimated to have been killed by security forces since then, rights groups say.",
             published_at="2025-12-26")
    assert (one(ev, 21).scope, one(ev, 7700).scope) == ("incident", "background")


def test_a_toll_mostly_on_one_side_of_the_border_is_the_wars():
    ev = run("An Israeli strike on the village of Aitaroun killed one person on Friday, the health ministry said.\n"
             "More than 120 civilians have been killed, most of them on the Lebanese side.", published_at="2024-08-18")
    assert (one(ev, 1).scope, one(ev, 120).scope) == ("incident", "background")
    # a place described by its side of a border is no war total
    ev = run("At least 24 people were killed on Tuesday in an attack near a camp on the Syrian side of the border.",
             published_at="2016-06-21")
    assert one(ev, 24).scope == "incident"


def test_a_comparison_with_an_earlier_year_sets_no_period():
    ev = run("In the deadliest ambush by Maoists since 2010, 24 personnel of the Central Reserve Police Force died and "
             "six were injured in Chhattisgarh's Sukma this afternoon.", published_at="2017-04-24")
    f = one(ev, 24)
    assert (f.scope, f.front, f.location) == ("incident", "chhattisgarh", "Sukma")
    ev = run("Seventeen security personnel were gunned down by Maoists in Chhattisgarh in one of the deadliest ambushes "
             "in recent years.\nThe toll was the worst since April 2017, when 25 police commandos were killed in the "
             "same district.", published_at="2020-03-23")
    assert (one(ev, 17).scope, one(ev, 25).scope) == ("incident", "background")


def test_a_toll_of_early_this_year_is_another_attacks():
    ev = run("Maoists killed 24 police in an ambush in Sukma district on Monday, officials said.\n"
             "Twelve personnel were killed in the same district early this year in another ambush.",
             published_at="2017-04-24")
    assert one(ev, 12).scope == "background"
