"""Two sources with different numbers for one attack are two figures."""
from tests.core.extract_helpers import one, run


def test_two_sources_two_figures():
    ev = run("At least eight soldiers were killed when militants attacked a base in Kunduz province on Tuesday night, "
             "a provincial spokesman said.\n"
             "In the meantime, a security source said that at least 15 soldiers were killed.", published_at="2020-07-01")
    a, b = one(ev, 8), one(ev, 15)
    assert a.party_class == b.party_class == "state"
    assert a.scope == b.scope == "incident"
    assert a.front == b.front == "kunduz"


def test_same_number_from_a_second_source_with_another_class_stays_apart():
    ev = run("A bomber killed at least 12 civilians outside a mosque in Mosul on Friday, an official said.\n"
             "The head of the local council said the blast killed at least 12 people and wounded 30.",
             published_at="2017-02-03")
    assert {(e.count, e.party_class) for e in ev if e.type == "casualty" and e.outcome == "killed"} == {(12, "civilian"), (12, "unspecified")}


def test_a_second_source_putting_the_toll_higher_is_its_own_figure():
    ev = run("At least 14 people were killed Saturday in an attack on a hotel in Mogadishu, according to police.\n"
             "A United Nations envoy put the toll higher, at least 20.", published_at="2016-06-25")
    assert (one(ev, 14).source, one(ev, 20).source) == ("police", "United Nations")
    assert one(ev, 20).outcome == "killed"


def test_a_second_source_naming_who_the_dead_were_restates_the_same_toll():
    # 'a dozen people' then '12 bodies of civilians': one toll told twice, not 24 dead
    ev = run("Armed men killed at least a dozen people in Mbau on Sunday night, authorities said.\n"
             '"For the moment we have found 12 bodies of civilians killed by these rebels," the administrator said.',
             published_at="2020-03-16")
    killed = [e for e in ev if e.type == "casualty" and e.outcome == "killed" and e.count == 12]
    assert len(killed) == 1 and killed[0].party_class == "civilian"
