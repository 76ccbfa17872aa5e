"""Verb frames of other wars' copy: a verb's second object, army statements ('neutralised'),
'killed all six attackers', 'claimed 20 lives', abbreviations with full stops, and attackers
who are not the victims."""
from tests.core.extract_helpers import cls_key, figures, keys, one, run


def test_a_verb_s_second_object_is_a_figure_of_its_own():
    ev = run("The fighting killed nine SAF soldiers and 30 RSF paramilitaries near El Obeid on Monday, a military source said.",
             published_at="2024-06-01")
    assert keys(ev) == {(9, "killed", "state"), (30, "killed", "nonstate")}


def test_a_second_verb_between_two_numbers_keeps_its_own_outcome():
    ev = run("A mortar shell fell inside a classroom killing seven students and injuring a female teacher and 19 others.",
             published_at="2016-10-01")
    assert (19, "killed", "unspecified") not in keys(ev) and (19, "killed", "civilian") not in keys(ev)
    assert one(ev, 7).party_class == "civilian"


def test_army_statements_neutralise_and_eliminate():
    ev = run("The army said 60 terrorists were neutralised in Borno State on Friday.\n"
             "Troops eliminated over 75 militants near Daraa on Saturday, the ministry said.", published_at="2024-06-01")
    assert {(60, "killed", "nonstate"), (75, "killed", "nonstate")} <= keys(ev)


def test_killed_all_six_attackers():
    ev = run("Security forces killed all six attackers in Peshawar, officials said.", published_at="2024-06-01")
    assert keys(ev) == {(6, "killed", "nonstate")}


def test_an_attack_that_claimed_lives():
    ev = run("The attack claimed 20 lives in Mopti region on Tuesday, officials said.", published_at="2024-06-01")
    assert keys(ev) == {(20, "killed", "unspecified")}


def test_abbreviations_with_full_stops_stay_in_the_victims_phrase():
    ev = run("Three U.S. soldiers were killed in a drone attack in Jordan on Sunday.", published_at="2024-01-29")
    assert keys(ev) == {(3, "killed", "state")}


def test_the_attackers_are_not_the_victims():
    ev = run("Herdsmen attacked the village in Benue State, killing 20, police said.", published_at="2024-06-01")
    assert [(f.count, f.party_class) for f in figures(ev)] == [(20, "unspecified")]


def test_a_noun_of_death_before_the_next_number_is_this_number_s():
    ev = run("Rescuers recovered no fewer than 12 bodies and about 20 injured individuals from the rubble in Khan Younis, "
             "the civil defence said.", published_at="2024-06-01")
    assert keys(ev) == {(12, "killed", "unspecified"), (20, "wounded", "unspecified")}


def test_a_death_toll_far_from_its_number():
    ev = run("The death toll from an attack by Sudan's paramilitary Rapid Support Forces (RSF) on a village near "
             "Wad Madani has risen to more than 120, according to local activists.", published_at="2024-06-07")
    assert keys(ev) == {(120, "killed", "unspecified")}


def test_a_toll_ends_at_its_own_number():
    ev = run("The death toll from the rocket attacks on neighborhoods in Aleppo city rose to 12 people in addition to "
             "more than 200 others injured, a source said.", published_at="2016-08-01")
    assert keys(ev) == {(12, "killed", "unspecified"), (200, "wounded", "unspecified")}


def test_a_verb_after_and_takes_its_own_object():
    ev = run("Gunmen abducted 30 passengers and killed four in an attack on a highway in Zamfara State.",
             published_at="2024-06-01")
    assert [f.count for f in figures(ev)] == [4]


def test_bringing_its_toll_to_is_the_running_total_of_the_victims_just_named():
    ev = run("The Israeli military said two soldiers were killed in southern Gaza, bringing its death toll in the "
             "ground offensive to 400.", published_at="2024-12-01")
    f = one(ev, 400)
    assert (f.scope, f.party_class) == ("cumulative", "state")


def test_an_aside_between_the_victims_and_the_verb():
    ev = run("Nine members of the same family, among them four children, died when their home was hit.",
             published_at="2024-06-01")
    assert keys(ev) == {(9, "killed", "unspecified"), (4, "killed", "civilian")}


def test_a_second_object_after_one_without_a_number():
    ev = run("A mortar shell fell inside a classroom killing seven students and injuring a female teacher and 19 others.",
             published_at="2016-10-01")
    assert (19, "wounded", "unspecified") in keys(ev)
    ev = run("Militants killed a police officer and two civilians in an ambush near Bannu.", published_at="2024-06-01")
    assert keys(ev) == {(1, "killed", "state"), (2, "killed", "civilian")}  # the first: a figure of one


def test_a_number_of_attackers_is_not_a_toll():
    # the verb takes an object, so the first number counts the attackers (digits and words alike)
    ev = run("Four gunmen killed 12 villagers in Zamfara State on Sunday, police said.\n"
             "Two suicide bombers killed seven worshippers at a mosque in Maiduguri on Friday.", published_at="2024-06-01")
    assert keys(ev) == {(12, "killed", "civilian"), (7, "killed", "civilian")}


def test_attackers_who_wounded_others_are_not_wounded():
    ev = run("Three militants wounded 14 policemen in an attack in Bannu on Tuesday.", published_at="2024-06-01")
    assert keys(ev) == {(14, "wounded", "state")}


def test_a_toll_list_without_commas_is_not_a_verb_with_an_object():
    # copy stripped of its commas: each number is a toll of its own
    ev = run("3 killed 12 injured in a car bomb in Azaz on Sunday.\n"
             "The monitor said 40 soldiers were executed 15 more were killed in the assault on Raqqa.",
             published_at="2016-06-01")
    assert {(3, "killed", "unspecified"), (12, "wounded", "unspecified"), (40, "killed", "state")} <= keys(ev)


def test_a_victim_subject_keeps_its_toll_without_commas():
    # children kill no one: '1 child killed 6 children ...' is two tolls whose comma was stripped
    ev = run("1 child killed 6 children still under rubble in Idlib on Sunday.", published_at="2016-06-12")
    assert (1, "killed", "civilian") in keys(ev)


def test_shot_dead_and_gunned_down_take_their_victims_as_objects():
    ev = run("Gunmen shot dead three police officers in Kano State on Tuesday.\n"
             "Militants gunned down nine workers at a quarry in Balochistan on Friday, officials said.",
             published_at="2024-06-01")
    assert keys(ev) == {(3, "killed", "state"), (9, "killed", "civilian")}


def test_victims_gunned_down_in_the_passive():
    ev = run("Five soldiers were gunned down at a checkpoint in Zamfara State on Monday.", published_at="2024-06-01")
    assert keys(ev) == {(5, "killed", "state")}


def test_a_force_that_lost_soldiers_counts_them_dead_but_not_its_tanks():
    ev = run("The army lost 14 soldiers in the fighting near Kidal, while 37 rebels were killed, the statement said.\n"
             "The army also lost six tanks in the battle.", published_at="2024-06-01")
    assert keys(ev) == {(14, "killed", "state"), (37, "killed", "nonstate")}


def test_wounded_then_dead_are_two_outcomes_not_wounded_victims_killed():
    ev = run("Field hospitals in the enclave reported 210 wounded and 27 dead in the first week of June.",
             published_at="2016-06-10")
    assert {(210, "wounded", "unspecified"), (27, "killed", "unspecified")} <= keys(ev)


def test_a_quote_opening_on_the_number_and_among_them_inside_it():
    ev = run("The ministry said the strike killed \"four people, among them a woman, and wounded five others\", "
             "without giving details.", published_at="2024-09-20")
    f = one(ev, 4)
    assert (f.party_class, f.scope) == ("unspecified", "incident")
    w = one(ev, 5, "wounded")
    assert (w.party_class, w.scope) == ("unspecified", "incident")


def test_one_verbs_two_objects_of_the_same_number_are_two_figures():
    ev = run("Two roadside bombs in Yala province on Monday wounded three soldiers and three rangers, police said.",
             published_at="2015-07-13")
    hits = [e for e in ev if e.type == "casualty" and e.count == 3 and e.outcome == "wounded"]
    assert len(hits) == 2 and all(e.party_class == "state" for e in hits)


def test_victims_in_quotation_marks():
    ev = run('Troops repelled the raid and left five "terrorists" dead near Gao, an army spokesman said.\n'
             'The ministry said two soldiers were missing with 9 injured, adding that 23 "terrorists" had been killed.')
    assert (5, "killed", "nonstate") in keys(ev) and (23, "killed", "nonstate") in keys(ev)
    assert (2, "wounded", "state") not in keys(ev)  # missing is not wounded


def test_a_toll_names_its_victims_after_the_number():
    ev = run("Gunmen attacked an army post near Djibo on Sunday. The provisional toll is nine fallen soldiers, "
             "a security source said.", published_at="2022-04-11")
    assert one(ev, 9).party_class == "state"
    ev = run("The new bodies come on top of an earlier toll of six soldiers that the army gave on Sunday.")
    assert one(ev, 6).party_class == "state"


def test_shot_to_death_and_shot_dead():
    ev = run("In Acapulco, four men were shot to death and two people were wounded at a bar on Saturday, police said.",
             published_at="2023-05-07")
    assert (4, "killed", "unspecified") in keys(ev) and (2, "wounded", "unspecified") in keys(ev)
    ev = run("Insurgents shot dead three fishermen in Palma district on Friday, a local source said.")
    assert one(ev, 3).party_class == "civilian"


def test_more_ways_to_say_killed():
    ev = run("The army said 40 soldiers died and around 35 militants are said to have died in the fighting.")
    assert one(ev, 35).party_class == "nonstate"
    ev = run("Air raids made it possible to neutralise some 70 terrorists, the general staff said.")
    assert one(ev, 70).party_class == "nonstate"
    ev = run("The rebels were also accused of the murder of three police officers last Friday in Arauca.")
    assert one(ev, 3).party_class == "state"
    ev = run("The office documented 512 killings and 301 injuries in the capital from January to March.")
    assert (512, "killed", "unspecified") in keys(ev) and (301, "wounded", "unspecified") in keys(ev)
    ev = run("According to a monitoring group, more than 12,500 lives have been lost in the conflict.")
    assert one(ev, 12500).scope == "background"


def test_sustained_injuries():
    ev = run("The strike killed four people, while six others, including a nurse, sustained injuries, residents said.")
    assert (6, "wounded", "unspecified") in keys(ev)
    ev = run("Police said the shooting led to the death of nine (9) people, while eight (8) people sustained gunshot "
             "wounds and were taken to hospital.")
    assert (9, "killed", "unspecified") in keys(ev) and (8, "wounded", "unspecified") in keys(ev)


def test_lost_their_life_and_an_aside_without_its_closing_comma():
    ev = run('"Six soldiers lost their life in the attack," a military source said.')
    assert one(ev, 6).party_class == "state"
    ev = run("Gunmen ambushed a convoy near Monguno on Thursday, killing nine soldiers.\n"
             "A source said 17 people, including 11 soldiers were also injured in the attack.", published_at="2021-03-13")
    assert (17, "wounded", "unspecified") in keys(ev)
    eleven = one(ev, 11, "wounded")
    assert (eleven.party_class, eleven.scope) == ("state", "subset")


def test_troops_a_country_lost_are_that_countrys():
    # a story from Ukraine's side: the troops lost are Russia's, not the article's country's
    ev = run("In Kharkiv, Ukraine's military said on Monday that Russia had lost 40 soldiers near Vovchansk.",
             published_at="2024-06-03")
    assert one(ev, 40).party == "russia" and one(ev, 40).party_class == "state"


def test_a_number_for_another_place_repeats_the_last_figure_s_noun_and_verb():
    ev = run("The official said 25 bodies had been recovered in Mayikengo and 15 in Kirindera after the overnight raids "
             "in North Kivu.", published_at="2024-06-03")
    assert keys(ev) == {(25, "killed", "unspecified"), (15, "killed", "unspecified")}
    ev = run("Israeli strikes killed 12 civilians in Gaza and five in the West Bank on Tuesday, officials said.",
             published_at="2024-06-03")
    assert keys(ev) == {(12, "killed", "civilian"), (5, "killed", "civilian")}


def test_people_who_tell_the_toll_are_no_victims():
    ev = run("A drone strike on a market killed at least 26 people and wounded 55, a health official and two residents "
             "said on Wednesday.", published_at="2024-06-05")
    assert keys(ev) == {(26, "killed", "unspecified"), (55, "wounded", "unspecified")}


def test_a_family_of_five_is_five_victims():
    ev = run("An air strike killed a family of five in Rafah on Tuesday, medics said.", published_at="2024-06-05")
    assert keys(ev) == {(5, "killed", "civilian")}
    ev = run("A family of six was killed when a shell hit their home in Kherson.", published_at="2024-06-05")
    assert keys(ev) == {(6, "killed", "civilian")}
    ev = run("At least 10 people were killed in the strike near Boukamal, including a family of four.", published_at="2024-06-05")
    assert (one(ev, 4).scope, one(ev, 10).scope) == ("subset", "incident")


def test_wounded_who_later_died_are_dead():
    ev = run("A car bomb killed nine people in Mogadishu on Sunday and wounded 20. Two of the wounded later died in "
             "hospital, officials said.", published_at="2024-06-05")
    assert one(ev, 2).outcome == "killed"


def test_singular_fatality_and_injury_nouns():
    # 'one fatality', 'one injury': the singular nouns are figures as the plural ones are
    ev = run("A drone hit a flat in the coastal town of Damour, which resulted in one fatality, the ministry said.",
             published_at="2024-11-05")
    f = one(ev, 1)
    assert (f.outcome, f.party_class) == ("killed", "unspecified")
    ev = run("Shelling of a market in Kherson caused one injury, the regional governor said.", published_at="2024-05-12")
    assert one(ev, 1, "wounded").party_class == "unspecified"


def test_a_combined_toll_of_killed_or_wounded_is_read_as_the_dead():
    # the dev set's annotators code 'dozens of dead and injured' as one killed figure: the same here
    ev = run("The strike killed or wounded 50 people in Kherson, officials said.", published_at="2024-06-03")
    assert keys(ev) == {(50, "killed", "unspecified")}


def test_others_after_a_list_of_victims():
    # 'and 14 others' were lost: the pronoun gave no party; in comma-stripped copy 'five others the
    # official confirmed' took the official for the victims
    ev = run("The strikes killed nine children and 14 others, activists said.", published_at="2024-06-03")
    assert keys(ev) == {(9, "killed", "civilian"), (14, "killed", "unspecified")}
    ev = run("Taliban fighters stormed a checkpoint of pro-government militiamen in Takhar killing four and injuring "
             "five others the official confirmed.", published_at="2021-04-17")
    assert cls_key(ev, 5, "wounded")[0] == "state"


def test_as_well_as_others():
    ev = run("The strike killed five soldiers as well as three others near Kherson.", published_at="2024-06-03")
    assert keys(ev) == {(5, "killed", "state"), (3, "killed", "unspecified")}


def test_the_death_of_injured_people_and_a_martyrdom_are_deaths_and_injuries_to_people_are_wounds():
    # 'the deaths of 12 injured': the wounded who died; 'the martyrdom of 19 people' is a death toll;
    # 'injuries to over 80 people' is the wounded toll beside it
    events = run("A blast tore through a mosque in Quetta on Monday. The district hospital confirmed the deaths "
                 "of at least 12 injured in the explosion, while the commissioner confirmed the martyrdom of 19 "
                 "people and injuries to over 80 people.")
    assert keys(events) == {(12, "killed", "unspecified"), (19, "killed", "unspecified"),
                            (80, "wounded", "unspecified")}


def test_others_including_police_are_not_of_the_first_object_s_class():
    # 'killing 40 worshippers and injuring more than 90 others including policemen': the injured are a
    # mix of worshippers and police, not civilians
    events = run("A suicide bomber struck a mosque in Quetta on Monday, killing 40 worshippers and injuring more "
                 "than 90 others including policemen.", published_at="2023-01-30")
    assert cls_key(events, 90, "wounded")[0] == "unspecified"
    assert cls_key(events, 40)[0] == "civilian"


def test_dead_before_the_victims_noun_names_them():
    # '20 dead civilians', 'at least 31 dead members of the church choir': the noun after 'dead' is the
    # victims' (a bare '20 dead, 30 wounded' stays unspecified)
    assert cls_key(run("Rescuers found 20 dead civilians in the rubble of Kidal."), 20)[0] == "civilian"
    assert cls_key(run("The priest said they had identified at least 31 dead members of the church choir."), 31)[0] == "civilian"
    assert cls_key(run("Officials counted 12 dead soldiers after the raid on Kidal."), 12)[0] == "state"
    assert cls_key(run("The clashes left 20 dead, 30 wounded in Kidal."), 20)[0] == "unspecified"


def test_a_describing_word_before_bodies_or_deaths_keeps_the_figure():
    # 'confirmed', 'additional', 'charred' name no victims, but do not make the number something else
    assert keys(run("An army spokesperson reported 10 confirmed deaths in Komanda.")) == {(10, "killed", "unspecified")}
    assert keys(run("Seven additional bodies were found in Komanda on Monday.")) == {(7, "killed", "unspecified")}
    assert keys(run("Residents recorded three charred bodies in Komanda.")) == {(3, "killed", "unspecified")}
    assert keys(run("The blast destroyed 12 armoured vehicles in Komanda.")) == set()


def test_a_first_object_without_a_number_leaves_the_second_its_own():
    # the verb's first object is named without a number ('the bomber', 'himself'); the second is a figure
    ev = run("The blast at the checkpoint killed the bomber and four police officers, officials said.", published_at="2024-06-03")
    f = one(ev, 4)
    assert (f.outcome, f.party_class) == ("killed", "state")
    ev = run("The suicide bomber blew himself up at the market, killing himself and 12 others.", published_at="2024-06-03")
    assert (one(ev, 12).outcome, one(ev, 12).party_class) == ("killed", "unspecified")
    ev = run("Gunmen opened fire on the bus, killing the driver and two passengers.", published_at="2024-06-03")
    assert one(ev, 2).party_class == "civilian"


def test_the_wounded_told_by_their_care_are_wounded():
    ev = run("Four people died and 11 were hospitalised after the drone attack on Odesa.", published_at="2024-06-03")
    assert (one(ev, 11, "wounded").scope, one(ev, 11, "wounded").front) == ("incident", "odesa")
    ev = run("Eight people were taken to hospital with injuries after the strike, medics said.", published_at="2024-06-03")
    assert one(ev, 8, "wounded").party_class == "unspecified"
    ev = run("Medics said 30 people were being treated for shrapnel wounds.", published_at="2024-06-03")
    assert one(ev, 30, "wounded")
    # the dead carried to hospital stay dead
    ev = run("Paramedics said at least 22 bodies were taken to hospitals in Homs.", published_at="2016-07-19")
    assert one(ev, 22).outcome == "killed"


def test_those_in_hospital_after_the_wounded_toll_are_a_part_of_it():
    ev = run("The strike killed four people and wounded 30 in Kharkiv; 12 were taken to hospital.", published_at="2024-06-03")
    assert (one(ev, 30, "wounded").scope, one(ev, 12, "wounded").scope) == ("incident", "subset")
    ev = run("At least 60 people were wounded in the blast in Quetta.\nTwenty-five people were hospitalised in serious "
             "condition.", published_at="2024-06-03")
    assert one(ev, 25, "wounded").scope == "subset"


def test_a_list_of_objects_after_one_without_a_number():
    ev = run("Another strike late Monday hit a building in Gaza City, killing a child, three women and a man.",
             published_at="2024-08-27")
    assert (one(ev, 3).outcome, one(ev, 3).party_class) == ("killed", "civilian")
    ev = run("Gunmen killed a police officer, two soldiers and three civilians in Bannu.", published_at="2024-08-27")
    assert (one(ev, 2).party_class, one(ev, 3).party_class) == ("state", "civilian")


def test_victims_alongside_the_first_are_more_of_them():
    ev = run("A suicide bomber killed eight people at a checkpoint near Mir Ali, officials said.\n"
             "Four police officers were killed alongside two members of a paramilitary force and two civilians, he said.",
             published_at="2024-10-26")
    parts = sorted((e.count, e.party_class, e.scope) for e in figures(ev) if e.count < 8)
    assert parts == [(2, "civilian", "subset"), (2, "state", "subset"), (4, "state", "subset")]
    # the other outcome told with the number is not the first figure's
    ev = run('"We have recovered 43 dead bodies, along with six others with serious injuries," the militia leader said.',
             published_at="2020-11-29")
    assert (one(ev, 43).outcome, one(ev, 6, "wounded").outcome) == ("killed", "wounded")


def test_the_wounded_who_succumbed_died():
    ev = run("The death toll from the suicide attack in Bara has risen to four after two more wounded police officers "
             "succumbed to their injuries.", published_at="2024-06-03")
    assert (one(ev, 2).outcome, one(ev, 2).party_class) == ("killed", "state")
