"""The agents' decisions without a broker: routing an article message, folding an event batch."""
from __future__ import annotations

import orjson

from schemas.models import FrontState
from streams.agents import apply_events, iso_time, route_article
from streams.app import MAX_MESSAGE_BYTES, PydanticCodec, create_app, front_alerts_topic
from streams.config import Settings
from streams.core.pipeline import run_offline

ARTICLE = {"id": "a1", "outlet": "AFP", "published_at": "2018-04-27",
           "body": "At least 12 civilians were killed in air strikes on Douma, the monitor said."}


def test_route_article_valid_and_rejected() -> None:
    routed = route_article(orjson.dumps(ARTICLE), topic="articles", partition=0, offset=7, received_at=iso_time(1.0))
    assert routed.dead is None
    assert [e.event_id for e in routed.events] == [e["event_id"] for e in run_offline([orjson.dumps(ARTICLE)])["events"]]

    routed = route_article(b"<html>oops</html>", topic="articles", partition=0, offset=8, received_at=iso_time(1.0))
    assert routed.events == [] and routed.dead is not None
    assert (routed.dead.reason, routed.dead.partition, routed.dead.offset) == ("html", 0, 8)


def test_route_article_processing_error_is_dead_lettered(monkeypatch) -> None:
    import streams.agents as agents

    def boom(article, received_at):
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(agents, "extract_events", boom)
    routed = route_article(orjson.dumps(ARTICLE), topic="articles", partition=0, offset=1, received_at="x")
    assert routed.dead is not None and routed.dead.reason == "processing_error"
    assert "extractor bug" in routed.dead.detail


def test_apply_events_matches_offline_and_dead_letters_bad_events() -> None:
    offline = run_offline([orjson.dumps(ARTICLE)])
    msgs = [(orjson.dumps(e), "events", 0, i, "t") for i, e in enumerate(offline["events"])]
    msgs.insert(1, (b"{not an event", "events", 0, 99, "t"))
    states: dict[str, FrontState] = {}
    folded = apply_events(msgs, states.get)
    assert [a.alert_id for a in folded.alerts] == [a["alert_id"] for a in offline["alerts"]]
    assert [d.reason for d in folded.dead] == ["bad_event"]
    assert set(folded.partitions.values()) <= {0}


def test_table_codec_round_trip_and_topic_names() -> None:
    codec = PydanticCodec(FrontState)
    state = FrontState(front="southern-damascus", front_name="Southern Damascus", uncounted=["e1"])
    back = codec.loads(codec.dumps(state))
    assert back == state and back.seen == ["e1"]
    assert front_alerts_topic(Settings(), "southern damascus/x") == "alerts.southern_damascus_x"


def test_changelog_topic_admits_a_front_state_over_one_mebibyte() -> None:
    # Kafka's default record limit is 1 MiB; a busy front's state is one record (README, Known limits)
    fw = create_app(Settings(), "localhost:9092")
    topic = fw.tallies.changelog_topic
    assert int(topic.config["max.message.bytes"]) >= MAX_MESSAGE_BYTES > 4 * 1024 * 1024
    assert fw.app.conf.producer_max_request_size >= MAX_MESSAGE_BYTES
