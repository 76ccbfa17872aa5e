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


def test_an_anaphor_points_only_to_a_source_the_story_could_mean():
    # 'ministry spokesman' and 'the monitoring group' are the Gaza ministry and the Syrian Observatory
    # only where the story named them or is about their country
    ev = run("Rebels fired missiles at a camp for displaced people in Marib, Yemen on Sunday, killing nine people.\n"
             "The attack wounded 17 others, according to Health Ministry spokesman Ahmed Saleh.", published_at="2024-06-03")
    assert one(ev, 17, "wounded").source == "Health Ministry spokesman Ahmed Saleh"
    ev = run("Clashes between two armed groups killed 14 fighters near Tripoli, Libya on Friday, the monitoring group said.",
             published_at="2024-06-03")
    assert one(ev, 14).source != "Syrian Observatory for Human Rights"
    ev = run("Regime air strikes killed 12 civilians in Idlib, Syria on Monday, the monitoring group said.",
             published_at="2019-06-03")
    assert one(ev, 12).source == "Syrian Observatory for Human Rights"
    ev = run("Israeli strikes killed 20 people in Khan Younis on Monday, ministry spokesman Ashraf al-Qudra said.\n"
             "Another 45 were wounded, the ministry spokesman added.", published_at="2023-11-03")
    assert one(ev, 45, "wounded").source == "Gaza Health Ministry"


def test_the_day_after_the_verb_is_no_source():
    # (and in a Syria story 'the monitor' and 'state media' are the Observatory and SANA)
    ev = run("Air strikes on a market killed 14 people in Maarat al-Numan, the monitor said on Tuesday.\n"
             "Gunmen shot dead six policemen at a checkpoint in Daraa, state media reported Saturday.",
             published_at="2019-06-03")
    assert one(ev, 14).source == "Syrian Observatory for Human Rights"
    assert one(ev, 6).source == "SANA"


def test_a_title_s_full_stop_does_not_end_the_sentence():
    ev = run("Russian shelling killed two civilians in Kherson on Tuesday, regional Gov. Oleksandr Prokudin said.",
             published_at="2024-09-03")
    assert one(ev, 2).source == "regional Gov. Oleksandr Prokudin"
    assert not [e for e in ev if e.type == "control"]


def test_according_to_an_official_keeps_the_whole_word():
    # 'of' inside 'official' is no function word of the name
    ev = run("A strike on a car near Tyre killed two fighters on Wednesday, according to a security official.",
             published_at="2024-06-05")
    assert one(ev, 2).source == "a security official"


def test_who_was_told_is_not_the_source():
    ev = run("Gunmen killed 14 villagers in Lubero territory on Sunday, a local official told Reuters.",
             published_at="2024-06-03")
    assert one(ev, 14).source == "a local official"


def test_the_ministry_points_back_to_the_last_ministry_not_the_last_source():
    ev = run("U.S. air strikes on the port of Ras Isa killed 38 people on Thursday, the Houthi-run health ministry said.\n"
             "The Houthis said two of the dead were port workers.\n"
             "At least 102 people were wounded in the strikes, the ministry said.", published_at="2025-04-18")
    assert one(ev, 102, "wounded").source == "Houthi-run Health Ministry"


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


def test_the_agency_in_the_dateline_is_not_who_said_it():
    ev = run("ISLAMABAD (Reuters) - Pakistan said on Wednesday that 31 civilians were killed in Indian missile strikes.",
             published_at="2025-05-07")
    assert one(ev, 31).source == "Pakistan"


def test_the_sources_point_back_past_the_outlet_they_told():
    ev = run("At least seven civilians were killed in an attack on a residential area of Azaz, according to local sources.\n"
             "The group fired rockets at the town centre, local sources told Anadolu on Sunday.\n"
             "Eleven other civilians were wounded in the attack, the sources added.", published_at="2024-06-03")
    assert one(ev, 11, "wounded").source == "local sources"


def test_two_sources_set_against_each_other_in_one_sentence_keep_their_own_figures():
    # each contrasted clause names its own source; the sentence's one source went to both figures
    ev = run("While the UN-backed Radio Okapi counted 52 dead in the raid on Komanda, an army spokesman reported "
             "11 confirmed deaths.", published_at="2025-07-28")
    assert (one(ev, 52).source, one(ev, 11).source) == ("Radio Okapi", "an army spokesman")
    ev = run("The health ministry said 30 people were killed in Idlib, but the Syrian Observatory for Human Rights "
             "put the toll at 45.", published_at="2019-06-03")
    assert (one(ev, 30).source, one(ev, 45).source) == ("The health ministry", "Syrian Observatory for Human Rights")


def test_a_clause_naming_no_one_keeps_the_sentences_source():
    ev = run("At least 30 people were killed in Kharkiv, while 45 were wounded, the regional governor said.",
             published_at="2024-06-03")
    assert one(ev, 30).source == one(ev, 45, "wounded").source == "the regional governor"


def test_a_second_source_repeating_the_count_as_a_bare_toll_is_one_figure():
    # 'put the death toll at 85' after '85 civilians' is the same figure told again, not 85 more
    ev = run("Air strikes on villages near Manbij killed at least 85 civilians on Tuesday, activists said.\n"
             "Turkey's Anadolu Agency put the death toll at 85, adding that 50 civilians were wounded.",
             published_at="2016-07-19")
    assert [e.count for e in ev if e.type == "casualty" and e.outcome == "killed"] == [85]


def test_an_adverb_after_the_speaker_is_no_part_of_the_source_and_no_one_is_no_source():
    ev = run("A suicide bomber killed at least 47 worshippers at a mosque in Jamrud on Friday, an official said.\n"
             "Officials earlier said 34 people had been killed.\n"
             "The previous reported death toll was 30, and 170 were wounded.", published_at="2011-08-19")
    assert one(ev, 34).source == "Officials"
    assert one(ev, 30).source != "The previous"
