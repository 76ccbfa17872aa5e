"""The exported JSON Schema files match the models, and old event versions are upcast on read."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from schemas.export import main as export_main
from schemas.models import CasualtyEvent, parse_event


def test_json_schema_files_are_in_sync_with_the_models():
    assert export_main(["--check"]) == 0, "run `python -m schemas.export` and commit schemas/json/"


V1 = {"schema_version": 1, "type": "casualty", "event_id": "cas-1", "article_id": "a", "reported_at": "2018-04-27",
      "figure": 74, "qualifier": "at least", "outcome": "killed", "party": "government", "party_class": "state",
      "scope": "cumulative", "front": "southern-damascus", "front_name": "southern Damascus", "evidence": "…"}


def test_v1_casualty_event_is_upcast_when_read():
    event = parse_event(V1)
    assert isinstance(event, CasualtyEvent)
    assert (event.schema_version, event.count, event.high, event.qualifier) == (2, 74, None, "at_least")


def test_current_events_round_trip_unchanged():
    event = parse_event(V1)
    assert parse_event(event.model_dump(mode="json")) == event


def test_unknown_qualifier_in_old_event_is_an_error_not_a_guess():
    with pytest.raises(ValidationError):
        parse_event({**V1, "qualifier": "roughly speaking"})


def test_events_parse_the_same_from_bytes_with_or_without_upcasting():
    import orjson

    from schemas.models import parse_event_json

    current = parse_event(V1)
    assert parse_event_json(current.model_dump_json()) == current
    assert parse_event_json(orjson.dumps(V1)) == current
