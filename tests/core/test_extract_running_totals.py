"""Running totals with an old start date: the front's ("killed in Gaza since October 7, 2023" in a
2025 report), the whole country's (background), or a date of something else; and a war fought in
one theatre, whose overall toll is that front's (the guide: the Gaza Strip)."""
from tests.core.extract_helpers import figures, one, run


def test_a_front_s_total_since_an_old_date_is_cumulative():
    ev = run("The Gaza health ministry said at least 54,927 Palestinians had been killed in Gaza since October 7, 2023.",
             published_at="2025-06-01")
    f = one(ev, 54927)
    assert (f.front, f.scope) == ("gaza-strip", "cumulative")


def test_a_country_wide_total_since_an_old_date_is_background():
    ev = run("Coalition strikes targeting mainly IS-held areas in eastern and northern Syria have killed 649 civilians "
             "since September 2014, a rights group said.\n"
             "In Manbij, air strikes killed nine civilians on Tuesday.", published_at="2016-10-19")
    f = one(ev, 649)
    assert (f.front, f.scope) == ("syria", "background")
    assert one(ev, 9).scope == "incident"


def test_a_date_of_something_else_does_not_make_a_running_total():
    ev = run("Rebel bombardment of government-held districts killed two civilians in Aleppo, a city that has been "
             "divided since July 2012, the monitor said.", published_at="2016-07-01")
    assert one(ev, 2).scope == "incident"


def test_the_overall_toll_of_a_war_fought_in_one_theatre_is_that_front_s():
    ev = run("Israeli strikes killed 30 people across the Gaza Strip on Tuesday, civil defence officials said.\n"
             "The Gaza health ministry said the overall Palestinian death toll had risen to 54,927 since the war began.",
             published_at="2025-06-03")
    f = one(ev, 54927)
    assert (f.front, f.scope) == ("gaza-strip", "cumulative")


def test_the_overall_toll_of_a_war_with_many_fronts_stays_background():
    ev = run("Air strikes on Idlib killed nine civilians on Monday, the monitor said.\n"
             "More than 350,000 people have been killed since Syria's war started in 2011.", published_at="2018-05-01")
    f = one(ev, 350000)
    assert (f.front, f.scope) == ("syria", "background")


def test_the_start_of_a_running_total_keeps_its_year_and_is_no_incident_day():
    ev = run("The Gaza health ministry said the overall Palestinian death toll had risen to 54,927 since the war began "
             "on October 7, 2023.\nIsraeli strikes killed 30 people across the Gaza Strip on Tuesday.",
             published_at="2025-06-03")
    total, strikes = one(ev, 54927), one(ev, 30)
    assert (total.scope, total.period_start) == ("cumulative", "2023-10-07")
    assert (strikes.scope, strikes.event_date) == ("incident", "2025-06-03")


def test_a_total_since_long_ago_tied_to_no_front_is_the_war_s():
    ev = run("A drone strike killed 8 civilians in Sagaing on Friday, residents said.\n"
             "More than 6,000 civilians have been killed by the junta since the 2021 coup, according to AAPP.",
             published_at="2024-06-01")
    f = one(ev, 6000)
    assert (f.scope, f.front) == ("background", "myanmar")
    assert one(ev, 8).front == "sagaing"


def test_bringing_the_total_or_the_number_killed_to_a_figure_is_a_running_total():
    ev = run("Two more soldiers died of their wounds in Kidal on Monday, bringing the total to 31.\n"
             "The raid killed 12 villagers, bringing the number of people killed in Kidal this month to 80.",
             published_at="2024-06-01")
    assert one(ev, 31).scope == "cumulative" and one(ev, 80).scope == "cumulative"
    assert one(ev, 2).scope == "incident" and one(ev, 12).scope == "incident"


def test_a_monitors_total_over_the_past_year_tied_to_no_place_is_background():
    ev = run("The Observatory has documented the killing of 4,230 civilians in air raids over the past year, its director said.",
             published_at="2016-05-01")
    assert one(ev, 4230).scope == "background"


def test_a_toll_over_the_past_week_on_one_front_is_its_running_total():
    ev = run("Over the past week, at least 27 Palestinians were killed in the West Bank, according to the health ministry.",
             published_at="2024-06-01")
    assert one(ev, 27).scope == "cumulative"


def test_a_running_total_with_also_before_been():
    ev = run("At least 14 Israelis have also been killed in attacks in the West Bank since October 7, according "
             "to official figures.", published_at="2024-05-21")
    assert one(ev, 14).scope == "cumulative"


def test_a_total_from_one_month_to_another_is_cumulative():
    ev = run("The UN said it had documented, from January to the end of May, 812 killings and 455 injuries across "
             "the Haitian capital, Port-au-Prince.", published_at="2023-06-20")
    assert one(ev, 812).scope == "cumulative" and one(ev, 455, "wounded").scope == "cumulative"


def test_a_total_of_this_year_so_far_is_a_running_total():
    ev = run("Gunmen killed at least 20 people in a raid on a village in Zamfara state on Sunday, police said.\n"
             "Bandits have killed more than 2,600 people in Zamfara in the first half of this year alone, "
             "according to Amnesty International.\n"
             "In 2023 alone, 900 soldiers died in the state, officials said.", published_at="2024-07-02")
    assert one(ev, 20).scope == "incident"
    assert one(ev, 2600).scope == "cumulative"
    assert one(ev, 900).scope == "background"  # last year's, in a story of this year


def test_a_toll_from_days_of_fighting_is_a_running_total():
    ev = run("The death toll from four days of fighting in el-Fasher has risen to 56, the Sudan Doctors Network said "
             "on Tuesday.", published_at="2024-05-14")
    f = one(ev, 56)
    assert (f.scope, f.front) == ("cumulative", "el-fasher")


def test_a_campaign_since_an_event_long_named_frames_only_its_own_front():
    ev = run("At least 223 IS fighters and 28 SDF troops had been killed as well as 41 civilians in coalition raids "
             "since the alliance offensive against Manbij began on May 31, according to the Observatory.\n"
             "In Maaret al-Numan, south of Idlib, warplanes also killed at least six civilians, the Observatory said.",
             published_at="2016-06-22")
    assert [(e.count, e.scope, e.front) for e in figures(ev)][:3] == [
        (223, "cumulative", "manbij"), (28, "cumulative", "manbij"), (41, "cumulative", "manbij")]
    assert one(ev, 6).scope == "incident"


def test_since_declaring_is_no_month():
    from streams.core import dates
    assert dates.since("IS has come under attack since declaring a caliphate in 2014.", None) == (None, None)


def test_the_highest_toll_since_a_date_is_a_comparison_not_a_period():
    from streams.core import dates
    text = ("This could be the highest toll in any US airstrike on the Houthis since the newly launched campaign "
            "against them came into action on March 15.")
    assert dates.since(text, None) == (None, None)
    ev = run("Around 20 people were killed in US airstrikes on the oil port of Ras Isa, the Houthis said.\n" + text,
             published_at="2025-04-18")
    assert one(ev, 20).scope == "incident"


def test_an_undated_campaign_since_a_day_without_a_year_is_still_a_running_total():
    # no date on the copy: 'since October 7' (no year) is this year's campaign, an older start would carry its year
    ev = run("Israel has pounded the Gaza Strip since Hamas's October 7 attack on southern Israel.\n"
             "The Health Ministry in Gaza said the death toll has risen to 8,796.",
             published_at=None, received_at="0001-01-01T00:00:00")
    assert one(ev, 8796).scope == "cumulative"


def test_war_planes_that_have_killed_are_no_campaign_total():
    ev = run("Syrian war planes have killed 12 civilians in Idlib, activists said.", published_at="2016-06-03")
    assert one(ev, 12).scope == "incident"


def test_an_airstrike_on_its_own_day_keeps_that_day():
    # 'Another airstrike early Tuesday ...' dates its own strike; it is not the article's earlier day
    ev = run("Israeli strikes late Monday killed three people in Gaza City, the Civil Defence said.\n"
             "Another airstrike early Tuesday flattened a home west of Khan Younis, killing at least four people.",
             published_at="2024-08-28")
    assert (one(ev, 3).period, one(ev, 4).period) == ("late Monday", "early Tuesday")


def test_the_day_a_source_told_an_agency_is_not_the_attacks():
    ev = run("An overnight missile attack on Marib killed 13 people, a government official told Xinhua on Friday.",
             published_at="2021-10-29")
    assert one(ev, 13).period != "Friday"
    ev = run("Gunmen killed 12 villagers in Zamfara, the police said in a statement on Sunday.", published_at="2021-10-31")
    assert one(ev, 12).period != "Sunday"


def test_a_campaigns_toll_since_the_start_of_the_year_told_for_no_place_is_not_the_fronts():
    ev = run("Rebels killed 23 people in the village of Beu Manyama-Moliso in Beni territory on Tuesday, an official said.\n"
             "The UN said a wave of rebel attacks since the start of the year had killed nearly 200 people.",
             published_at="2021-03-31")
    assert (one(ev, 23).scope, one(ev, 200).scope) == ("incident", "background")


def test_a_campaign_told_after_a_raids_toll_does_not_make_it_a_running_total():
    ev = run('"Gunmen came into our villages at night, killing 43 people," said a resident who fled to Maiduguri.\n'
             "The militants have mounted almost daily raids and bombings in northeast Nigeria since May 29.",
             published_at="2015-06-16")
    assert one(ev, 43).scope == "incident"
    # a toll that reads as a running total still takes the campaign told after it
    ev = run("The Health Ministry in Gaza said the number of Palestinian deaths has risen to 8,796.\n"
             "Israel has pounded the Gaza Strip since October 7.", published_at="2023-11-01")
    assert one(ev, 8796).scope == "cumulative"


def test_thousands_told_in_the_perfect_are_a_running_total():
    ev = run("Israel says it has killed more than 17,000 militants in Gaza.", published_at="2024-06-03")
    assert one(ev, 17000).scope == "cumulative"
    ev = run("More than 2,700 civilians have been killed in Haiti this year, the United Nations says.",
             published_at="2024-06-03")
    assert one(ev, 2700).scope == "background"  # the whole country's, this year
    # an attack's toll told in the perfect stays the attack's
    ev = run("Opposition figures said the chemical attack in Ghouta had killed 1,300 people.", published_at="2013-08-22")
    assert one(ev, 1300).scope == "incident"


def test_a_background_attacks_weekday_is_not_the_articles_day():
    ev = run("The death toll from a suicide bombing inside a mosque in Peshawar rose to 59.\n"
             "The previous reported death toll was 32.\n"
             "It was the worst blast in Peshawar since March of last year, when a bombing during Friday prayers "
             "killed at least 58.", published_at="2023-01-31")
    assert one(ev, 32).period is None
