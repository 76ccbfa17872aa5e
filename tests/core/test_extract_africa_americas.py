"""Wire copy from Africa and the Americas (Sahel, Somalia, Congo, Cameroon, Ethiopia, Mexico, Haiti):
patterns first met there, each paraphrased with other names and numbers."""
from tests.core.extract_helpers import keys, one, run


def test_a_country_whose_first_word_is_a_country_alias_is_no_front():
    # 'Burkina Faso' once became a front 'Faso' (after its alias 'Burkina' was cut off)
    ev = run("Nine soldiers were killed on Tuesday in an attack by jihadists in northern Burkina Faso, the army said.")
    assert one(ev, 9).front == "burkina-faso"


def test_regional_adjectives_and_organisations_are_no_front():
    ev = run("Gunmen killed 14 villagers in central Mali, the West African country's army said.\n"
             "A statement by the Gao Self-Defence Force and the Azawad Liberation Movement confirmed the toll.",
             published_at="2022-05-02")
    assert one(ev, 14).front == "mali"
    ev = run("Rebels killed 22 people in the eastern Democratic Republic of Congo on Sunday, officials said.")
    assert one(ev, 22).front == "democratic-republic-of-congo"


def test_outlet_credit_is_no_place():
    ev = run("Eleven soldiers were killed in an ambush in the Say area of the Tillaberi region, the ministry said.\n"
             "This report first appeared on BBC News.", published_at="2023-08-16")
    assert one(ev, 11).front == "tillaberi"


def test_the_capital_comma_name_is_a_place():
    ev = run("At least 11 people were killed in a car bombing in the Somali capital, Mogadishu, police said.\n"
             "Hours earlier gunmen had attacked a checkpoint in the port city of Kismayo and killed three soldiers.",
             published_at="2024-02-10")
    assert one(ev, 11).front == "mogadishu"


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


def test_a_toll_believed_to_be_a_range():
    ev = run("Drone strikes hit the market town on Tuesday. Residents said the death toll was believed to be between 60 "
             "and 75.", published_at="2024-03-07")
    f = one(ev, 60)
    assert (f.high, f.party_class) == (75, "unspecified")


def test_sustained_injuries():
    ev = run("The strike killed four people, while six others, including a nurse, sustained injuries, residents said.")
    assert (6, "wounded", "unspecified") in keys(ev)
    ev = run("Police said the shooting led to the death of nine (9) people, while eight (8) people sustained gunshot "
             "wounds and were taken to hospital.")
    assert (9, "killed", "unspecified") in keys(ev) and (8, "wounded", "unspecified") in keys(ev)


def test_of_whom_refers_to_the_figure_just_before_it():
    ev = run("A drone struck a school meeting, killing five people.\n"
             "The injured include four nurses, three of whom are women, officials said.")
    sub = [e for e in ev if e.type == "casualty" and e.count == 3]
    assert [(e.outcome, e.party_class, e.scope) for e in sub] == [("wounded", "civilian", "subset")]
    ev = run("A doctor said 20 people sustained serious injuries and two of them died on arrival at the clinic.")
    two = one(ev, 2)
    assert (two.outcome, two.scope) == ("killed", "subset")


def test_the_casualties_included_are_dead():
    ev = run("Thirty civilians were killed and 40 others wounded on Monday when shells hit the city.\n"
             "A medical network said the casualties included nine children.")
    nine = one(ev, 9)
    assert (nine.party_class, nine.scope) == ("civilian", "subset")


def test_armed_heads_qualified_by_civilian_words_and_mixed_totals():
    ev = run("Three women gendarmes were killed in the raid on the post, officials said.")
    assert one(ev, 3).party_class == "state"
    ev = run("Since the city fell on Sunday, at least seven wounded soldiers and civilians were killed in the hospital.")
    assert one(ev, 7).party_class == "unspecified"


def test_secessionists_and_robbers_are_nonstate():
    ev = run('Eleven secessionists were also "neutralized" in the operation, the army spokesman said.')
    assert one(ev, 11).party_class == "nonstate"
    ev = run("Vigilantes killed five armed robbers in the area last week.")
    assert one(ev, 5).party_class == "nonstate"


def test_also_read_links_are_no_figures():
    ev = run("At least nine villagers were killed on Monday in an attack by rebels, local sources said.\n"
             "Also read: Rebels kill 40 in raid on village\n"
             "The army said it was pursuing the attackers.")
    assert keys(ev) == {(9, "killed", "civilian")}


def test_thousands_spaced_french_style():
    ev = run("UN figures show that armed groups in the three Sahel states left nearly 5 000 people dead last year.",
             published_at="2020-04-10")
    f = one(ev, 5000)
    assert (f.qualifier, f.scope) == ("about", "background")
    assert all(e.count != 0 for e in ev if e.type == "casualty")


def test_toll_since_rebels_launched_their_campaign_is_the_war():
    ev = run("Separatists killed five soldiers in a raid on a post at Batibo in Cameroon's Northwest region on Friday, the government said.\n"
             "More than 4,000 people have been killed since the separatists launched their armed campaign.",
             published_at="2021-06-12")
    f = one(ev, 4000)
    assert (f.scope, f.front) == ("background", "cameroon")


def test_hard_wrapped_copy_is_read_as_sentences():
    ev = run("Seven Malian soldiers have been killed in an ambush in the\n"
             "centre of the country, security sources told AFP.\n"
             "Jihadists attacked the convoy on\n"
             "Sunday near Boni, leaving three dead and four others missing,\n"
             "a source said.\n"
             "Jihadist attacks in the Sahel left nearly\n"
             "3 000 people dead last year, according to UN figures.", published_at="2021-02-16")
    assert (7, "killed", "state") in keys(ev)
    assert one(ev, 3000).scope == "background"
    assert one(ev, 3).source == "a source"


def test_state_television_is_not_syrian_outside_syria():
    ev = run("Separatists killed three gendarmes in an attack on a post in Cameroon's Northwest region on Sunday, "
             "state television said.", published_at="2020-03-09")
    assert one(ev, 3).source == "state television"


def test_a_total_from_one_month_to_another_is_cumulative():
    ev = run("The UN said it had documented, from January to the end of May, 812 killings and 455 injuries across "
             "the Haitian capital, Port-au-Prince.", published_at="2023-06-20")
    assert one(ev, 812).scope == "cumulative" and one(ev, 455, "wounded").scope == "cumulative"


def test_lost_their_life_and_an_aside_without_its_closing_comma():
    ev = run('"Six soldiers lost their life in the attack," a military source said.')
    assert one(ev, 6).party_class == "state"
    ev = run("Gunmen ambushed a convoy near Monguno on Thursday, killing nine soldiers.\n"
             "A source said 17 people, including 11 soldiers were also injured in the attack.", published_at="2021-03-13")
    assert (17, "wounded", "unspecified") in keys(ev)
    eleven = one(ev, 11, "wounded")
    assert (eleven.party_class, eleven.scope) == ("state", "subset")


def test_a_caption_with_its_credit_names_no_front():
    ev = run("Soldiers patrol a market in Kassala city in eastern Sudan on May 3, 2024. / Photo: AFP / AFP\n"
             "Paramilitary fighters killed at least 19 people in an attack on a village in Gezira state on Saturday, "
             "activists said.", published_at="2024-05-05")
    assert one(ev, 19).front == "gezira"


def test_a_war_toll_so_far_tied_to_no_place_is_background():
    ev = run("Paramilitary fighters killed 31 people in an attack on Wad Ashana village in North Kordofan on Monday, "
             "medics said.\n"
             "More than 25,000 people have been killed so far, according to the UN.", published_at="2025-05-06")
    f = one(ev, 25000)
    assert (f.scope, f.front) == ("background", "sudan")


def test_two_subsets_of_one_count_are_two_figures():
    ev = run("Fighters rampaged through the village, killing more than 300 civilians, including 21 children and "
             "two pregnant women, according to UNICEF.\n"
             "Two children were among the dead in a second village.", published_at="2025-08-20")
    subs = {(e.count, e.party_label) for e in ev if e.type == "casualty" and e.scope == "subset"}
    assert {(2, "pregnant women"), (21, "children")} <= subs


def test_accented_place_names_make_clean_fronts():
    ev = run("Gangs attacked the hillside neighbourhood on Tuesday, and at least 14 people were killed in Canapé-Vert, "
             "police said.", published_at="2024-11-19")
    assert one(ev, 14).front == "canape-vert"  # it was 'canap' (the name cut at its first accent)


def test_gang_members_are_nonstate():
    ev = run("At least 31 members of the gang Grand Ravine were gunned down by police in Martissant on Monday.",
             published_at="2024-03-05")
    assert one(ev, 31).party_class == "nonstate"
    ev = run("Police said at least 17 suspected gang memb ers were killed and dozens of rifles seized.")
    assert one(ev, 17).party_class == "nonstate"


def test_a_figure_across_a_whole_country_is_background():
    ev = run("Gang members killed three police officers in Kenscoff on Tuesday, officials said.\n"
             "The UN counted 1,210 people killed and 540 injured across Haiti between January and March.", published_at="2025-05-01")
    assert one(ev, 1210).scope == "background" and one(ev, 540, "wounded").scope == "background"
    assert one(ev, 3).scope == "incident"


def test_a_war_named_by_its_region_is_no_place():
    ev = run("Survivors said at least 90 people were killed in Edaga Hamus during the Tigray War, relatives said.",
             published_at="2023-02-28")
    assert one(ev, 90).front != "tigray-war"
