"""Reconciliation rules of the tally fold, each on the pattern of a real reporting sequence."""
from __future__ import annotations

import itertools
import json
import random

from schemas.models import FrontState, parse_front_state
from streams.core.fold import fold, tallies as tallies_of
from tests.core.factories import casualty

SOHR = "Syrian Observatory for Human Rights"


def run(events):
    state, alerts = None, []
    for e in events:
        state, new = fold(state, e)
        alerts.extend(new)
    return state, alerts


def tallies(state):
    return {(t.party, t.outcome): (t.low, t.count, t.high) for t in tallies_of(state)}


def seeds_like():
    # A monitor's running totals on two consecutive days ("74 in eight days" -> "79 in nine days").
    day1 = [casualty("fri", 0, 74, party="government", party_class="state", scope="cumulative",
                     reported_at="2018-04-27", period_start="2018-04-19"),
            casualty("fri", 1, 19, scope="cumulative", reported_at="2018-04-27", period_start="2018-04-19")]
    day2 = [casualty("sat", 0, 79, party="government", party_class="state", scope="cumulative",
                     reported_at="2018-04-28", period_start="2018-04-19"),
            casualty("sat", 1, 36, scope="cumulative", reported_at="2018-04-28", period_start="2018-04-19"),
            casualty("sat", 2, 17, scope="subset", reported_at="2018-04-28", event_date="2018-04-27"),
            casualty("sat", 3, 350000, party="unspecified", party_class="unspecified", scope="background",
                     reported_at="2018-04-28", front="syria", source=None)]
    return day1, day2


def test_cumulative_supersedes_own_earlier_total_not_adds():
    day1, day2 = seeds_like()
    state, alerts = run(day1 + day2)
    assert tallies(state) == {("government", "killed"): (79, 79, 79), ("civilians", "killed"): (36, 36, 36)}
    assert [(a.party, a.old and a.old.best, a.new.best, a.delta) for a in alerts] == [
        ("government", None, 74, 74), ("civilians", None, 19, 19), ("government", 74, 79, 5), ("civilians", 19, 36, 17)]


def test_late_older_report_never_lowers_and_raises_no_alert():
    day1, day2 = seeds_like()
    state, alerts = run(day2[:3] + day1)
    assert tallies(state) == {("government", "killed"): (79, 79, 79), ("civilians", "killed"): (36, 36, 36)}
    assert len(alerts) == 2  # only the Saturday figures; Friday's arrive late and change nothing


def test_subset_and_background_never_count():
    _, day2 = seeds_like()
    state, _ = run(day2)
    assert ("civilians", "killed") in tallies(state)
    assert tallies(state)[("civilians", "killed")] == (36, 36, 36)
    background, _ = run([day2[3]])
    assert tallies_of(background) == []


def test_same_event_twice_is_a_no_op():
    day1, _ = seeds_like()
    state, alerts = run(day1 + day1)
    assert tallies(state)[("government", "killed")] == (74, 74, 74)
    assert len(alerts) == 2


def test_rising_toll_of_one_incident_counts_once_at_highest():
    # 43 -> 70 -> 100 -> 112 -> 126: one bombing, reported by several outlets over two days.
    tolls = [(43, "a", "2017-04-15"), (70, "b", "2017-04-15"), (100, "c", "2017-04-15"),
             (112, "d", "2017-04-16"), (126, "e", "2017-04-16")]
    events = [casualty(f"conv-{a}", 0, n, party="unspecified", party_class="unspecified", reported_at=day,
                       event_date="2017-04-15", front="rashidin") for n, a, day in tolls]
    state, alerts = run(events)
    assert tallies(state) == {("unspecified", "killed"): (43, 126, 126)}
    assert [a.new.best for a in alerts] == [43, 70, 100, 112, 126]


def test_distinct_incidents_on_one_front_add_up():
    events = [casualty("mon", 0, 5, party="government", party_class="state", event_date="2019-01-07", front="kandahar"),
              casualty("thu", 0, 7, party="government", party_class="state", event_date="2019-01-10", front="kandahar")]
    state, _ = run(events)
    assert tallies(state)[("government", "killed")] == (12, 12, 12)


def test_a_report_with_no_day_at_all_is_an_alternative_to_the_dated_incident():
    # a replay of undated copy: one article dates the attack, the other has neither a day for the
    # attack nor a report date; its 15 is another count of the same attack, not a second one
    dated = casualty("dated", 0, 13, event_date="2023-11-05", reported_at="0001-01-01T00:00:00.000002", front="zabarmari")
    undated = casualty("undated", 0, 15, reported_at="0001-01-01T00:00:00.000001", front="zabarmari")
    for order in ([dated, undated], [undated, dated]):
        state, _ = run(order)
        assert tallies(state)[("civilians", "killed")] == (13, 15, 15)


def test_incident_inside_a_cumulative_period_is_not_added_on_top():
    total = casualty("ministry", 0, 7028, party="unspecified", party_class="unspecified", scope="cumulative",
                     reported_at="2023-10-26", period_start="2023-10-07", front="gaza-strip", source="Gaza Health Ministry")
    strike = casualty("strike", 0, 30, event_date="2023-10-20", front="gaza-strip", source=None)
    later = casualty("later", 0, 12, event_date="2023-10-28", reported_at="2023-10-28", front="gaza-strip", source=None)
    state, _ = run([strike, total, later])
    t = tallies(state)
    assert t[("unspecified", "killed")] == (7028, 7028, 7028)
    assert t[("civilians", "killed")] == (12, 12, 12)  # the strike after the ministry's report adds


def test_conflicting_sources_keep_their_own_figures():
    a = casualty("x", 0, 43, source=None, event_date="2020-11-28", front="zabarmari")
    b = casualty("x", 1, 42, source="security official", event_date="2020-11-28", front="zabarmari")
    c = casualty("y", 0, 110, high=None, source="UN coordinator", event_date="2020-11-28", front="zabarmari")
    state, _ = run([a, b, c])
    tally = tallies_of(state)[0]
    assert (tally.low, tally.count, tally.high) == (42, 110, 110)
    assert tally.sources == ["UN coordinator", "security official", "unattributed"]
    assert sorted(f.count for f in tally.figures) == [42, 43, 110]


def test_range_sets_the_high_end():
    e = casualty("r", 0, 500, high=1300, scope="cumulative", front="x")
    state, _ = run([e])
    assert tallies(state)[("civilians", "killed")] == (500, 500, 1300)


def test_syndicated_copy_changes_nothing():
    text = "A motorcycle bomber killed at least 16 civilians outside a bakery in the city on Tuesday " * 4
    original = casualty("daily-sabah-1", 0, 16, event_date="2016-07-05", front="hasakeh", text=text)
    copy = casualty("daily-sabah-2", 0, 16, event_date="2016-07-05", front="hasakeh", text=text + " Get short URL")
    update = casualty("daily-sabah-3", 0, 18, event_date="2016-07-05", reported_at="2016-07-06", front="hasakeh",
                      text=text.replace("16", "18"))
    state, alerts = run([original, copy])
    assert tallies(state) == {("civilians", "killed"): (16, 16, 16)}
    assert state.copies == {"daily-sabah-2": "daily-sabah-1"}
    assert len(alerts) == 1
    state, alerts = run([original, copy, update])  # the updated wire story raises the toll
    assert tallies(state) == {("civilians", "killed"): (16, 18, 18)}


def test_people_and_civilians_of_one_incident_are_the_same_victims():
    people = casualty("nna", 0, 16, party="unspecified", party_class="unspecified", event_date="2016-07-05", front="hasakeh")
    civilians = casualty("sabah", 0, 16, event_date="2016-07-05", front="hasakeh")
    gunman = casualty("sabah", 1, 1, party="islamic-state", party_class="nonstate", event_date="2016-07-05", front="hasakeh")
    state, _ = run([people, civilians, gunman])
    assert sum(t.count for t in tallies_of(state)) == 17


def test_vague_figures_do_not_count():
    state, alerts = run([casualty("v", 0, 12, vague=True)])
    assert tallies_of(state) == [] and alerts == []


def test_tallies_do_not_depend_on_arrival_order():
    day1, day2 = seeds_like()
    incidents = [casualty(f"inc{i}", 0, n, event_date=d, reported_at=d, front="southern-damascus", source=s)
                 for i, (n, d, s) in enumerate([(4, "2018-04-30", None), (6, "2018-04-30", "SANA"),
                                                (3, "2018-05-03", None), (9, "2018-04-25", None)])]
    events = day1 + day2 + incidents
    expected = tallies(run(events)[0])
    rng = random.Random(7)
    for _ in range(30):
        shuffled = events[:]
        rng.shuffle(shuffled)
        assert tallies(run(shuffled)[0]) == expected
    assert expected[("civilians", "killed")] == (36 + 4 + 3, 36 + 6 + 3, 36 + 6 + 3)


def test_alert_ids_are_deterministic_and_carry_evidence():
    day1, day2 = seeds_like()
    _, first = run(day1 + day2)
    _, second = run(day1 + day2)
    assert [a.alert_id for a in first] == [a.alert_id for a in second]
    assert len({a.alert_id for a in first}) == len(first)
    a = first[-1]
    assert a.article_id == "sat" and a.evidence.startswith("36 civilians") and a.sources == [SOHR]


def test_duplicate_delivery_of_every_event_in_any_interleaving():
    day1, day2 = seeds_like()
    once = tallies(run(day1 + day2)[0])
    for pair in itertools.permutations(day1 + day2, 2):
        twice = tallies(run(day1 + day2 + list(pair))[0])
        assert twice == once


def test_rebuild_equals_event_by_event_fold():
    from streams.core.fold import rebuild
    from streams.core.frontkey import front_key

    day1, day2 = seeds_like()
    incidents = [casualty(f"inc{i}", 0, n, event_date=d, reported_at=d, front=f, source=None, location=loc)
                 for i, (n, d, f, loc) in enumerate([(4, "2018-04-30", "southern-damascus", "Yarmuk"),
                                                     (3, "2018-05-03", "douma", None),
                                                     (2, "2018-05-03", "southern-damascus", "Qadam")])]
    events = day1 + day2 + incidents[:1] + day1 + incidents[1:]
    folded: dict = {}
    for e in events:
        key = front_key(e.front)
        folded[key], _ = fold(folded.get(key), e)
    rebuilt = rebuild(events)
    assert {k: v.model_dump() for k, v in rebuilt.items()} == {k: v.model_dump() for k, v in folded.items()}
    assert {k: tallies_of(v) for k, v in rebuilt.items()} == {k: tallies_of(v) for k, v in folded.items()}


def test_spellings_of_one_town_meet_on_one_front():
    from streams.core.pipeline import Folder

    folder = Folder()
    for i, front in enumerate(["hasaka", "hasakeh", "al-hasakah"]):
        folder.apply(casualty(f"outlet{i}", 0, 14 + i, party="unspecified", party_class="unspecified",
                              event_date="2016-07-05", front=front))
    (state,) = folder.states.values()
    assert (state.front, tallies_of(state)[0].count) == ("hasaka", 16)
    assert {"Hasakeh", "Al Hasakah"} <= set(state.locations)


def hasakeh():
    """A wire story, its syndicated copy, a background total and a fighter's death: every part of
    a front's state."""
    text = "A motorcycle bomber killed at least 16 civilians outside a bakery in the city on Tuesday " * 4
    return [casualty("daily-sabah-1", 0, 16, event_date="2016-07-05", front="hasakeh", text=text),
            casualty("daily-sabah-2", 0, 16, event_date="2016-07-05", front="hasakeh", text=text + " Get short URL"),
            casualty("nna", 0, 350000, party="unspecified", party_class="unspecified", scope="background",
                     front="hasakeh", source=None),
            casualty("sabah", 1, 1, party="islamic-state", party_class="nonstate", event_date="2016-07-05",
                     front="hasakeh", location="Tal Hamis")]


def test_state_read_back_from_the_changelog_folds_on_alike():
    from schemas.models import parse_front_state

    events = hasakeh()
    update = casualty("daily-sabah-3", 0, 18, event_date="2016-07-05", reported_at="2018-04-28", front="hasakeh")
    live, _ = run(events)
    stored = live.model_dump_json()
    assert "tallies" not in stored and "daily-sabah-1" in stored
    loaded = parse_front_state(stored)
    assert loaded.model_dump() == live.model_dump()
    assert set(loaded.seen) == {e.event_id for e in events}
    assert tallies_of(loaded) == tallies_of(live)  # derived from the claims on first use
    assert fold(loaded, events[3]) == (loaded, [])  # a redelivery after recovery is still a no-op
    _, alerts_live = fold(live, update)
    _, alerts_loaded = fold(loaded, update)
    assert alerts_loaded == alerts_live and [a.new.best for a in alerts_live] == [18]


def test_version_1_state_is_upcast_when_read():
    from pathlib import Path

    from schemas.models import parse_front_state

    # written by the fold before the compact format, after the events of hasakeh()
    v1 = (Path(__file__).parent / "front-state-v1.json").read_bytes()
    assert b'"schema_version":1' in v1 and b'"tallies"' in v1
    fresh, _ = run(hasakeh())
    old = parse_front_state(v1)
    assert old.schema_version == 2
    assert old.model_dump() == fresh.model_dump()
    assert tallies_of(old) == tallies_of(fresh)
    assert old.copies == {"daily-sabah-2": "daily-sabah-1"}
    update = casualty("daily-sabah-3", 0, 18, event_date="2016-07-05", reported_at="2018-04-28", front="hasakeh")
    assert fold(old, update)[1] == fold(fresh, update)[1]


def test_short_syndicated_copy_is_found_and_short_distinct_stories_are_not():
    # a short text leaves most fingerprint slots empty: its copies are found through the few full ones
    text = "Seven civilians were killed in an air strike on the market of Douma on Sunday morning activists said"
    other = "Four fighters died when a roadside bomb hit their truck near Idlib on Monday a monitor reported today"
    events = [casualty("short-1", 0, 7, event_date="2018-03-04", front="douma", text=text),
              casualty("short-2", 0, 7, event_date="2018-03-04", front="douma", text=text + " Reuters"),
              casualty("short-3", 0, 4, event_date="2018-03-04", front="douma", text=other)]
    state, _ = run(events)
    assert state.copies == {"short-2": "short-1"}


def test_parts_of_one_figure_add_up_while_other_reports_stay_alternatives():
    # "killing 20 students and two teachers" (one verb, victims listed by kind), then another
    # outlet's "21 people killed at the school" for the same attack
    school = [casualty("kd-a", 0, 20, event_date="2024-03-07", front="kaduna"),
              casualty("kd-a", 1, 2, event_date="2024-03-07", front="kaduna")]
    school = [e.model_copy(update={"joint": school[0].event_id}) for e in school]
    other = casualty("kd-b", 0, 21, event_date="2024-03-07", front="kaduna")
    state, _ = run([*school, other])
    assert tallies(state) == {("civilians", "killed"): (21, 22, 22)}


def test_a_claim_stored_before_joint_figures_reads_back():
    data = json.loads(FrontState(front="kaduna", front_name="Kaduna").model_dump_json())
    data["claims"] = [["e1", "a1", None, "civilians", "civilian", "killed", "incident", 5, None, "exact",
                       "2024-01-01", None, "2024-01-01", None]]
    state = parse_front_state(json.dumps(data).encode())
    assert state.claims[0].count == 5 and state.claims[0].joint is None


def test_a_report_with_no_day_joins_the_incident_it_is_nearest_to():
    # with a later small incident, the undated 15 stays an alternative count of the 30, not of the 5
    a = casualty("a", 0, 30, event_date="2023-11-05", reported_at="0001-01-01T00:00:00.000001", front="zabarmari")
    b = casualty("b", 0, 5, event_date="2023-11-09", reported_at="0001-01-01T00:00:00.000002", front="zabarmari")
    u = casualty("u", 0, 15, reported_at="0001-01-01T00:00:00.000003", front="zabarmari")
    for order in itertools.permutations([a, b, u]):
        state, _ = run(list(order))
        assert tallies(state)[("civilians", "killed")][1] == 35
