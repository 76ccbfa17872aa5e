"""Page chrome never yields figures; the fast fingerprint is exactly ids.fingerprint."""
from streams.core import ids, minhash
from tests.core.extract_helpers import figures, one, run


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


def test_minhash_is_bit_identical_to_ids_fingerprint():
    for text in ["", "one two three", "a b c d e f g", "Shelling kills 11 civilians in Donetsk " * 40]:
        assert minhash.fingerprint(text) == ids.fingerprint(text)
