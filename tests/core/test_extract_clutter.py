"""Page chrome never yields figures; syndicated copies share a fingerprint, other stories do not."""
from streams.core import ids
from tests.core.extract_helpers import figures, keys, one, run


def test_page_chrome_numbers_are_ignored():
    body = ("March 3, 2021 14\n\nMiddle East 1735 03.03.2021(updated 2033 03.03.2021) Get short URL 9832 "
            "Views 415 A roadside bomb killed four soldiers near Palmyra on Wednesday state media said.\n"
            "Image Credit: Reuters\nDisclaimer: No staff journalist was involved in 25 stories\n"
            "Ahmed 24 said the road had been closed for 3 days.")
    ev = run(body, published_at="2021-03-03")
    assert {(e.count, e.outcome) for e in figures(ev)} == {(4, "killed")}


def test_fakes_style_text_without_commas():
    ev = run("More than 5000 people left the towns on Friday. A blast in Rashidin killed 43 people Saturday a monitor "
             "said. Syrias war has left more than 320000 people dead since erupting in 2011.", published_at="2017-04-16")
    assert one(ev, 43).scope == "incident"
    assert one(ev, 320000).scope == "background"
    assert all(e.count != 5000 for e in figures(ev))


def test_syndicated_copy_fingerprints_agree_and_other_stories_do_not():
    story = ("A motorcycle bomber killed at least 16 civilians outside a bakery in the city on Tuesday, "
             "the eve of the holiday, an official said. The attack also wounded dozens of people in the "
             "neighbourhood, and the toll was expected to rise, the monitor said. ") * 2
    copy = "Photo: a street after the blast. " + story + " Disclaimer: no staff journalist was involved."
    other = ("Government forces retook the airport road after three days of fighting with rebels, "
             "state television said, and engineers began clearing mines from the area on Monday. ") * 2
    assert ids.similarity(ids.fingerprint(story), ids.fingerprint(copy)) >= 0.6
    assert ids.similarity(ids.fingerprint(story), ids.fingerprint(other)) <= 0.1
    assert ids.fingerprint(story) == ids.fingerprint(story)


def test_fingerprint_words_are_ascii_letter_and_digit_runs_of_the_lowercased_text():
    # a non-ASCII letter separates words, as [a-z0-9]+ over the lowercased text has it
    assert ids.fingerprint("Naïve reports: 12 KILLED") == ids.fingerprint("na ve reports 12 killed")
    assert ids.fingerprint("Naïve reports: 12 KILLED") != ids.fingerprint("nave reports 12 killed")


def test_also_read_links_are_no_figures():
    ev = run("At least nine villagers were killed on Monday in an attack by rebels, local sources said.\n"
             "Also read: Rebels kill 40 in raid on village\n"
             "The army said it was pursuing the attackers.")
    assert keys(ev) == {(9, "killed", "civilian")}


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


def test_links_to_other_stories_and_agency_credits_are_clutter():
    ev = run("KYIV, Sept 3 (Reuters) - A Russian missile strike on the city of Poltava killed 41 people, the president "
             "said on Tuesday.\n"
             "Recommended: 10 killed in Russian drone attack on Sumy (Aug 28)\n"
             "Rescuers work at the site of the strike in Poltava, Ukraine, September 3, 2024. REUTERS/Stringer\n"
             "See also: Three dead as shelling hits Kherson market", published_at="2024-09-03")
    assert keys(ev) == {(41, "killed", "unspecified")}


def test_a_dated_caption_with_its_agency_credit_in_brackets_names_no_front():
    # the photo caption shows another town; the strike's place comes from the story itself
    ev = run("Rescuers search the rubble of a house in the town of Damour, south of Beirut, Lebanon, 12 October 2024. (EPA)\n"
             "An Israeli airstrike on an apartment block killed at least nine people, the health ministry said on Saturday.\n"
             "The state news agency said the strike hit the village of Wardaniyeh in the Chouf.", published_at="2024-10-12")
    assert one(ev, 9).front == "wardaniyeh"


def test_a_list_of_links_to_other_stories_holds_no_figures():
    # the other stories' headlines under 'Related Articles' end in no full stop; prose after them is read again
    body = ("A Russian glide bomb struck an apartment building in Kharkiv on Sunday, killing three people, officials said.\n"
            "Related Articles\n"
            "Ukraine says 40 killed in Russian missile strikes on Dnipro\n"
            "Odesa port hit again as drones kill 12\n"
            "Rescuers said on Monday that two more bodies had been found in the rubble.")
    ev = run(body, published_at="2024-06-03")
    assert sorted(e.count for e in ev if e.type == "casualty") == [2, 3]


def test_a_caption_closed_by_a_photo_credit_holds_no_figures():
    body = ("A Russian missile strike on the city of Kryvyi Rih killed nine people on Wednesday, the governor said.\n"
            "Mourners attend the funeral of 40 soldiers killed in Pokrovsk. (AP Photo/Evgeniy Maloletka)\n"
            "People gather near the bodies of 20 victims in Pokrovsk, June 10, 2024. AFP via Getty Images\n"
            "Rescuers pulled 14 bodies from the rubble on Tuesday. A woman walks past the ruins, June 10, 2024. REUTERS/Stringer")
    ev = run(body, published_at="2024-06-12")
    # the prose glued before the last caption stays
    assert sorted(e.count for e in ev if e.type == "casualty") == [9, 14]


def test_a_block_of_unpunctuated_lines_is_a_list_of_other_stories():
    body = ("Militants attacked an army post in Boulkessi on Sunday, killing 11 soldiers, the defence ministry said.\n"
            "In Burkina Faso Police kill jihadist in firefight in capital\n"
            "France ready to keep troops in West Africa for as long as needed\n"
            "In Niger At least 22 soldiers killed in attack on refugee camp\n"
            "Reinforcements were sent to the town, a spokesman said.")
    ev = run(body, published_at="2017-03-06")
    assert [e.count for e in ev if e.type == "casualty"] == [11]
