"""Turning raw topic bytes into an Article, or into a reasoned rejection for the dead-letter topic."""
from __future__ import annotations

import base64
from dataclasses import dataclass

import orjson
from pydantic import ValidationError

from schemas.models import MAX_BODY_CHARS, Article, DeadLetter

# Anything larger cannot be a single article; reject before parsing so a worker never holds it twice.
MAX_MESSAGE_BYTES = 4 * MAX_BODY_CHARS + 65536
PREVIEW_CHARS = 200


@dataclass(frozen=True)
class Rejected(Exception):
    reason: str
    detail: str

    def __str__(self) -> str:
        return f"{self.reason}: {self.detail}"


def decode_article(raw: bytes | str | None) -> Article:
    """Validate one message value; raise ``Rejected`` with a machine-readable reason otherwise."""
    if raw is None:
        raise Rejected("empty", "message has no value (tombstone)")
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    if not raw.strip():
        raise Rejected("empty", "message value is empty or whitespace")
    if len(raw) > MAX_MESSAGE_BYTES:
        raise Rejected("too_large", f"message is {len(raw):,} bytes; the limit is {MAX_MESSAGE_BYTES:,}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Rejected("binary", f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if "\x00" in text:
        raise Rejected("binary", "message holds NUL bytes")
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        head = text.lstrip()[:1]
        kind = "html" if head == "<" else "not_json"
        raise Rejected(kind, f"not a JSON document: {exc}") from None
    if not isinstance(data, dict):
        raise Rejected("schema", f"expected a JSON object, got {type(data).__name__}")
    try:
        return Article.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "(root)"
        if where == "body" and "too_long" in first.get("type", ""):
            raise Rejected("too_large", f"body exceeds {MAX_BODY_CHARS:,} characters") from None
        if where == "body" and "empty" in str(first.get("msg", "")):
            raise Rejected("empty_body", "body is empty") from None
        raise Rejected("schema", f"{where}: {first.get('msg')} ({exc.error_count()} error(s))") from None


def dead_letter(raw: bytes | str | None, rejection: Rejected, *, topic: str, received_at: str,
                partition: int | None = None, offset: int | None = None) -> DeadLetter:
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    raw = raw or b""
    return DeadLetter(
        reason=rejection.reason, detail=rejection.detail,
        raw_b64=base64.b64encode(raw).decode("ascii"),
        raw_preview=raw[:PREVIEW_CHARS * 4].decode("utf-8", "replace")[:PREVIEW_CHARS],
        source_topic=topic, partition=partition, offset=offset, received_at=received_at,
    )
