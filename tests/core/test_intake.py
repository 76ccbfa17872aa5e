"""Bad input is rejected with a reason, never with a crash."""
from __future__ import annotations

import base64

import orjson
import pytest

from schemas.models import MAX_BODY_CHARS
from streams.core.intake import Rejected, dead_letter, decode_article

GOOD = {"id": "a1", "outlet": "AFP", "published_at": "2018-04-27", "headline": None, "body": "Text."}


def reason(raw):
    with pytest.raises(Rejected) as info:
        decode_article(raw)
    return info.value.reason


def test_valid_article_decodes():
    art = decode_article(orjson.dumps(GOOD))
    assert (art.id, art.published_at, art.body) == ("a1", "2018-04-27", "Text.")


@pytest.mark.parametrize("raw, expected", [
    (b"", "empty"),
    (b"   \n", "empty"),
    (None, "empty"),
    (b"not json at all", "not_json"),
    (b"<html><body>Error 503</body></html>", "html"),
    (b"\xff\xfe\x00\x01binary", "binary"),
    (b'{"id": "x", "body": "a\\u0000b"}', "schema"),
    (b"[1, 2, 3]", "schema"),
    (orjson.dumps({**GOOD, "id": 17}), "schema"),
    (orjson.dumps({k: v for k, v in GOOD.items() if k != "body"}), "schema"),
    (orjson.dumps({**GOOD, "body": "   "}), "empty_body"),
    (orjson.dumps({**GOOD, "published_at": "last Tuesday"}), "schema"),
    (orjson.dumps({**GOOD, "body": "x" * (MAX_BODY_CHARS + 1)}), "too_large"),
    (b"x" * (5 * 1024 * 1024), "too_large"),
])
def test_bad_input_is_rejected_with_a_reason(raw, expected):
    assert reason(raw) == expected


def test_dead_letter_keeps_the_original_bytes():
    raw = b"\xff\xfe junk \x00"
    try:
        decode_article(raw)
    except Rejected as rej:
        letter = dead_letter(raw, rej, topic="articles", received_at="2026-01-01T00:00:00Z", partition=0, offset=9)
    assert base64.b64decode(letter.raw_b64) == raw
    assert letter.reason == "binary" and letter.offset == 9 and letter.source_topic == "articles"
