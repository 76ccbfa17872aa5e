"""Parts of another figure: 'including', 'among the dead', 'of whom', 'N of them'."""
from tests.core.extract_helpers import cls_key, figures, keys, one, run


def test_including_children():
    ev = run("At least 25 people, including nine children, were killed when a shell hit a school in Idlib on Monday, "
             "rescuers said.")
    total, kids = one(ev, 25), one(ev, 9)
    assert (total.scope, total.party_class) == ("incident", "unspecified")
    assert (kids.scope, kids.party_class, kids.outcome) == ("subset", "civilian", "killed")


def test_among_the_dead_and_of_them():
    ev = run("An airstrike killed 40 people in Douma on Wednesday, the monitor said.\n"
             "Among the dead are 12 women. Six of them were children, it said.")
    assert one(ev, 40).scope == "incident"
    assert (one(ev, 12).scope, one(ev, 12).party_class) == ("subset", "civilian")
    assert (one(ev, 6).scope, one(ev, 6).party_class) == ("subset", "civilian")


def test_of_the_wounded():
    ev = run("The blast wounded 60 people in Kabul on Friday. Twenty of the wounded are in critical condition.")
    f = one(ev, 20, "wounded")
    assert f.scope == "subset"


def test_mixed_total_split_into_classes():
    ev = run("Gunmen stormed a police post in Ghazni late on Saturday, killing seven people, a spokesman said.\n"
             "He said four policemen and three civilians were killed in the attack.")
    assert one(ev, 7).scope == "incident"
    assert one(ev, 4).scope == "subset" and one(ev, 4).party_class == "state"
    assert one(ev, 3).scope == "subset" and one(ev, 3).party_class == "civilian"


def test_one_of_the_deadliest_is_no_figure():
    ev = run("The RSF killed at least 80 people in a village in Gezira state, in one of the deadliest attacks of the war.",
             published_at="2024-06-06")
    assert keys(ev) == {(80, "killed", "unspecified")}


def test_a_subset_list_closed_by_its_verb_does_not_swallow_the_next_clause():
    ev = run("Four people, two of them children, died and more than 11 people were injured by shelling in Azaz.",
             published_at="2016-05-01")
    assert keys(ev) == {(4, "killed", "unspecified"), (2, "killed", "civilian"), (11, "wounded", "unspecified")}
    assert one(ev, 11, "wounded").scope == "incident"


def test_among_the_dead_a_noun_phrase_ends_before_the_next_number():
    ev = run("At least 30 people were killed in the strike on Douma. Nine children and 14 fighters were among the dead.",
             published_at="2016-05-01")
    assert one(ev, 9).party_class == "civilian" and one(ev, 14).party_class == "nonstate"


def test_of_them_takes_its_outcome_from_its_own_sentence_and_verb():
    ev = run("Two civilians were killed in shelling of Grayvoron, the governor said.\n"
             "Earlier, he said that nine people had been injured, three of them seriously wounded.",
             published_at="2023-05-20")
    f = one(ev, 3, "wounded")
    assert f.scope == "subset"
    assert not [e for e in ev if e.type == "casualty" and e.count == 3 and e.outcome == "killed"]


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


def test_two_subsets_of_one_count_are_two_figures():
    ev = run("Fighters rampaged through the village, killing more than 300 civilians, including 21 children and "
             "two pregnant women, according to UNICEF.\n"
             "Two children were among the dead in a second village.", published_at="2025-08-20")
    subs = {(e.count, e.party_label) for e in ev if e.type == "casualty" and e.scope == "subset"}
    assert {(2, "pregnant women"), (21, "children")} <= subs


def test_a_part_named_only_by_its_place_is_a_subset():
    ev = run("Israeli strikes killed 31 people in the Gaza Strip on Monday, including 12 in Khan Younis and nine in Rafah, "
             "the health ministry said.", published_at="2024-06-03")
    assert [(e.count, e.scope) for e in figures(ev)] == [(31, "incident"), (12, "subset"), (9, "subset")]


def test_a_toll_at_one_site_alone_is_a_part_of_the_bigger_one():
    ev = run("The death toll from the suicide bombings in Gwoza rose to 32 on Monday.\n"
             "Nineteen people were killed at the wedding alone, officials said.", published_at="2024-07-01")
    assert (one(ev, 32).scope, one(ev, 19).scope) == ("incident", "subset")


def test_among_the_victims_after_a_second_figure_with_its_own_noun():
    # the 'among the victims' aside belongs to the children, not to the injuries figure before it
    ev = run("Investigators in Kherson counted at least 14 fatalities and 52 injuries, with four children among the "
             "victims, officials said on Sunday.", published_at="2024-05-12")
    assert (one(ev, 52, "wounded").party_class, one(ev, 52, "wounded").scope) == ("unspecified", "incident")
    assert one(ev, 14).scope == "incident"
    assert one(ev, 4).scope == "subset"


def test_a_list_of_parts_ending_in_while():
    ev = run('"The victims include 3,648 children and 2,290 women while 22,219 other people were injured," the '
             'ministry said.', published_at="2023-11-03")
    assert (one(ev, 2290).scope, one(ev, 2290).party_class) == ("subset", "civilian")


def test_a_toll_in_one_place_alone_is_a_part():
    ev = run("Paramilitary attacks on the camp and a nearby town killed more than 100 people over the weekend.\n"
             "At least 58 people were killed in Zamzam alone, a camp spokesman said.", published_at="2025-04-14")
    assert (one(ev, 100).scope, one(ev, 58).scope) == ("incident", "subset")


def test_a_part_of_the_dead_told_with_a_hedged_copula_keeps_its_class():
    # 'Twenty-two of the dead people were said to be policemen': the noun after 'the dead' and the
    # 'said to be' before the class do not hide the class
    events = run("A bomb killed 40 people at a mosque in Quetta on Monday. Twenty-two of the dead people were "
                 "said to be policemen.", published_at="2023-01-30")
    part = one(events, 22)
    assert (part.party_class, part.scope) == ("state", "subset")


def test_a_comma_list_of_parts_after_among_the_fatalities_there_were():
    # 'among the fatalities, there were 50 men, 15 women, and 25 children': every item of the list is a part
    events = run("An air strike on the village of Lay Taw killed 90 people on Tuesday. He added that among the "
                 "fatalities, there were 50 men, 15 women, and 25 children, while 40 injured individuals were "
                 "receiving treatment.", published_at="2023-04-14")
    assert {(e.count, e.outcome, e.party_class, e.scope) for e in figures(events)} == {
        (90, "killed", "unspecified", "incident"), (50, "killed", "unspecified", "subset"),
        (15, "killed", "civilian", "subset"), (25, "killed", "civilian", "subset"),
        (40, "wounded", "unspecified", "incident")}


def test_a_bare_number_after_a_part_of_the_dead_leaves_out_that_part_s_noun():
    # '35 children were among the dead ..., and more than 20 were injured': the injured are children too
    events = run("Unicef said 35 children were among the dead in the village attack in Gezira, and more than 20 "
                 "were injured.", published_at="2024-06-07")
    assert cls_key(events, 20, "wounded")[0] == "civilian"
    assert one(events, 35).scope == "subset"


def test_a_civilian_toll_whose_part_is_police_combines_classes():
    # 'killing 40 worshippers ... Twenty-two of the dead were policemen': the 40 are not all civilians;
    # the guide makes such a mixed total unspecified, and the part keeps its class
    events = run("A suicide bomber struck a mosque in Quetta on Monday, killing 40 worshippers. Twenty-two of "
                 "the dead were policemen.", published_at="2023-01-30")
    assert cls_key(events, 40)[0] == "unspecified"
    part = one(events, 22)
    assert (part.party_class, part.scope) == ("state", "subset")


def test_the_rise_of_one_incident_s_toll_is_a_part_of_it():
    # 'has climbed to 64 after five more dead bodies were retrieved': the five are inside the 64
    events = run("The death toll in the bombing of the mosque in Quetta has climbed to 64 after five more dead "
                 "bodies were retrieved from the wreckage on Monday night.", published_at="2023-01-31")
    assert one(events, 64).scope == "incident"
    assert one(events, 5).scope == "subset"


def test_wounded_still_in_hospital_or_discharged_are_parts_of_the_wounded_toll():
    # after the toll (200 injured), '45 injured people remain hospitalized' and 'nearly 90 injured have
    # been discharged' say where some of those 200 are now
    events = run("A bomb tore through a market in Quetta on Monday. The police chief said 80 people were killed "
                 "and 200 injured in the attack. The deputy commissioner said 45 injured people remain "
                 "hospitalized, eight of whom are in critical condition. Nearly 90 injured have been discharged "
                 "from the hospital, he added.", published_at="2023-01-31")
    assert one(events, 200, "wounded").scope == "incident"
    assert {one(events, n, "wounded").scope for n in (45, 8, 90)} == {"subset"}


def test_parts_listed_after_include_where_the_first_has_no_number():
    ev = run("Suicide attackers struck a hotel in Mogadishu on Sunday, leaving 15 people dead, officials said.\n"
             "The death toll also includes the six attackers, a security official said.\n"
             "Fatalities included the hotel owner, a legislator; two press photographers; and at least three soldiers, "
             "witnesses said.", published_at="2015-11-01")
    assert (one(ev, 15).scope, one(ev, 6).scope, one(ev, 6).party_class) == ("incident", "subset", "nonstate")
    assert (one(ev, 2).scope, one(ev, 2).party_class) == ("subset", "civilian")
    assert (one(ev, 3).scope, one(ev, 3).party_class) == ("subset", "state")


def test_alone_opening_the_sentence_marks_a_part():
    ev = run("Boko Haram gunmen raided four villages near Monguno on Friday, killing 43 people, a resident said.\n"
             "In Kilwa alone, they killed seven people, including the village head, he added.", published_at="2015-07-07")
    assert (one(ev, 43).scope, one(ev, 7).scope) == ("incident", "subset")


def test_others_after_a_part_are_not_of_the_parts_kind():
    ev = run("The death toll from the strike in Nabatieh has risen to 10, among them two children.\n"
             "Five others were injured in the strike, the ministry said.", published_at="2024-08-18")
    assert (one(ev, 2).scope, one(ev, 5, "wounded").party_class) == ("subset", "unspecified")
