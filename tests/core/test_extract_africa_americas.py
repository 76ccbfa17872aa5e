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
