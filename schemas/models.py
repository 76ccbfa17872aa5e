"""Message models for every Frontwatch topic.

Every message carries ``schema_version``. Readers accept older versions and upcast them
(see ``upcast_event``); writers always write the current version.
"""
from __future__ import annotations

import base64
from typing import Annotated, Any, Literal, NamedTuple, Union

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, TypeAdapter, ValidationError, field_validator

# Bodies above this are rejected to the dead-letter topic: real wire copy is < 100 KB, and a
# multi-megabyte body is a scraping accident (a whole page dump) that would stall a worker.
MAX_BODY_CHARS = 1_000_000

Qualifier = Literal["exact", "at_least", "more_than", "about", "up_to"]
Outcome = Literal["killed", "wounded"]
PartyClass = Literal["state", "nonstate", "civilian", "unspecified"]
Scope = Literal["cumulative", "incident", "subset", "background"]
ControlAction = Literal["advanced", "seized", "lost", "holds", "withdrew"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=False)


class Article(_Model):
    """One piece of wire copy, as published to the ``articles`` topic."""

    model_config = ConfigDict(extra="ignore", strict=True)

    schema_version: int = 1
    id: Annotated[str, Field(min_length=1, max_length=256)]
    outlet: str | None = None
    published_at: str | None = None
    headline: str | None = None
    body: Annotated[str, Field(max_length=MAX_BODY_CHARS)]

    @field_validator("body")
    @classmethod
    def _body_has_text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("body is empty")
        if "\x00" in value:
            raise ValueError("body holds NUL bytes (binary data, not text)")
        return value

    @field_validator("published_at")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        from datetime import date, datetime

        text = value.strip()
        try:
            datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            try:
                date.fromisoformat(text[:10])
            except ValueError as exc:
                raise ValueError(f"published_at is not an ISO date: {value!r}") from exc
        return text


class CasualtyEvent(_Model):
    """A casualty figure stated in one article, with the sentence that supports it."""

    schema_version: Literal[2] = 2
    type: Literal["casualty"] = "casualty"
    event_id: str
    article_id: str
    seq: int = 0  # the figure's place in the article: part of the deterministic id
    outlet: str | None = None
    published_at: str | None = None
    reported_at: str  # ISO date used to order reports: published_at, else arrival time
    fingerprint: str = ""  # minhash of the article text: syndicated copies share it
    count: int
    high: int | None = None
    qualifier: Qualifier = "exact"
    vague: bool = False
    outcome: Outcome
    party: str  # canonical party key, e.g. "government", "islamic-state", "civilians"
    party_label: str = ""  # the text's own noun phrase
    party_class: PartyClass
    side: str | None = None
    scope: Scope
    period: str | None = None  # as the text gives it: "nine days", "since April 19", "Friday"
    period_start: str | None = None  # ISO date the figure counts from, when known
    event_date: str | None = None  # ISO date of the incident / end of the period, when known
    front: str  # front id (slug)
    front_name: str
    location: str | None = None
    source: str | None = None
    evidence: str
    # Figures of one sentence that add up ("killing 20 students and two teachers": one verb, its
    # victims listed by kind) share this key, the event id of the first; the fold sums them
    # where they are of one party, instead of taking them for two reports of one toll.
    joint: str | None = None
    # An earlier incident's toll told as risen ("the death toll has risen to 45"), with no day of
    # its own: the fold counts it as that incident's latest toll, however many days later it comes.
    update: bool = False


class ControlEvent(_Model):
    """A territorial change: who seized / advanced in / lost / withdrew from / holds a place."""

    schema_version: Literal[1] = 1
    type: Literal["control"] = "control"
    event_id: str
    article_id: str
    seq: int = 0
    outlet: str | None = None
    published_at: str | None = None
    reported_at: str
    fingerprint: str = ""
    actor: str | None
    action: ControlAction
    place: str
    share: str | None = None
    date: str | None = None
    background: bool = False
    front: str
    front_name: str
    evidence: str


Event = Annotated[Union[CasualtyEvent, ControlEvent], Field(discriminator="type")]
_EVENT = TypeAdapter(Event)
_EVENT_JSON = _EVENT.validator.validate_json  # without the adapter's per-call wrapper: 8% of a rebuild's decoding


def upcast_casualty_v1_v2(data: dict[str, Any]) -> dict[str, Any]:
    """v1 casualty events (Frontwatch 0.1) named the number ``figure``, had no ranges and
    spelled qualifiers with spaces ("at least"). v2 renamed and normalised them."""
    data = dict(data)
    if "figure" in data and "count" not in data:
        data["count"] = data.pop("figure")
    data.setdefault("high", None)
    qualifier = str(data.get("qualifier") or "exact").strip().lower().replace(" ", "_")
    data["qualifier"] = {"over": "more_than", "around": "about", "approximately": "about"}.get(qualifier, qualifier)
    data["schema_version"] = 2
    return data


_UPCASTERS = {("casualty", 1): upcast_casualty_v1_v2}


def upcast_event(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an event dict of any known older version to the current version."""
    kind = data.get("type", "casualty")
    while (step := _UPCASTERS.get((kind, int(data.get("schema_version", 1))))) is not None:
        data = step(data)
    return data


def parse_event(data: dict[str, Any]) -> CasualtyEvent | ControlEvent:
    """Validate an event read from the log, upcasting older versions first."""
    return _EVENT.validate_python(upcast_event(data))


def parse_event_json(raw: bytes | str) -> CasualtyEvent | ControlEvent:
    """``parse_event`` from the bytes of a topic message: current versions are validated straight
    from JSON (one pass in pydantic-core); anything else takes the upcasting path."""
    try:
        return _EVENT_JSON(raw)
    except ValidationError:
        import orjson

        return parse_event(orjson.loads(raw))


class Estimate(_Model):
    low: int
    best: int
    high: int


class SourceFigure(_Model):
    """One source's standing figure behind a tally."""

    source: str
    count: int
    high: int | None = None
    scope: Scope
    article_id: str
    reported_at: str


class Tally(_Model):
    """The reconciled figure for one (front, party, outcome)."""

    schema_version: Literal[1] = 1
    front: str
    front_name: str
    locations: list[str] = Field(default_factory=list)
    party: str
    party_class: PartyClass
    outcome: Outcome
    count: int  # best estimate
    low: int
    high: int
    as_of: str  # reported_at of the newest report behind the tally
    sources: list[str] = Field(default_factory=list)
    figures: list[SourceFigure] = Field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.front}|{self.party}|{self.outcome}"

    def estimate(self) -> Estimate:
        return Estimate(low=self.low, best=self.count, high=self.high)


class Alert(_Model):
    """A change of one tally, caused by one event."""

    schema_version: Literal[1] = 1
    alert_id: str
    front: str
    front_name: str
    party: str
    party_class: PartyClass
    outcome: Outcome
    old: Estimate | None
    new: Estimate
    delta: int
    sources: list[str] = Field(default_factory=list)
    evidence: str
    article_id: str
    event_id: str
    as_of: str


class Claim(NamedTuple):
    """What the fold keeps of a counted casualty event (cumulative or incident scope).

    A named tuple, stored as a JSON array: a busy front keeps tens of thousands, and the field
    names repeated in each made up half of its changelog record; a tuple is also built in a
    fraction of a pydantic model's time, and the fold builds one per counted event."""

    event_id: str
    article_id: str
    source: str | None
    party: str
    party_class: PartyClass
    outcome: Outcome
    scope: Scope
    count: int
    high: int | None
    qualifier: Qualifier
    reported_at: str
    period_start: str | None
    event_date: str | None
    location: str | None
    joint: str | None = None  # see CasualtyEvent.joint; claims stored before it existed have 14 fields
    update: bool = False  # see CasualtyEvent.update; claims stored before it existed have 15 fields


class FrontState(_Model):
    """Everything the fold knows about one front: the value of the tallies table.

    Only what cannot be recomputed is stored: tallies are derived from the claims when first
    needed, and a claim's event id is not repeated among the ids of events folded without one.
    ``parse_front_state`` reads the first format (version 1) too."""

    schema_version: Literal[2] = 2
    front: str
    front_name: str
    locations: list[str] = Field(default_factory=list)
    # ids of the events folded that left no claim: with the claims' ids, every event id folded,
    # which makes the fold idempotent (see ``seen``)
    uncounted: list[str] = Field(default_factory=list)
    # article id -> (reported_at, fingerprint as base64), for every article with a claim
    articles: dict[str, tuple[str, str]] = Field(default_factory=dict)
    similar: dict[str, list[str]] = Field(default_factory=dict)  # article id -> near-identical articles
    copies: dict[str, str] = Field(default_factory=dict)  # syndicated copy article id -> its group's original
    claims: list[Claim] = Field(default_factory=list)
    # Derived from the fields above on demand; never serialised.
    _seen_cache: set[str] | None = PrivateAttr(default=None)
    _band_cache: dict[int, Any] | None = PrivateAttr(default=None)
    _counted_cache: dict[str, tuple] | None = PrivateAttr(default=None)
    _tallies_cache: list[Tally] | None = PrivateAttr(default=None)

    @property
    def seen(self) -> list[str]:
        """Every event id folded into this state."""
        return [c.event_id for c in self.claims] + self.uncounted


def fingerprint_bytes(fp: str) -> bytes:
    """An event's hex fingerprint as bytes; one that is not hex says nothing about the text."""
    try:
        return bytes.fromhex(fp)
    except ValueError:
        return b""


def fingerprint_b64(fp: str) -> str:
    """An event's hex fingerprint as a front state stores it: base64, two thirds of the hex."""
    return base64.b64encode(fingerprint_bytes(fp)).decode("ascii")


def upcast_front_state_v1_v2(data: dict[str, Any]) -> dict[str, Any]:
    """v1 front states stored claims as objects, every event id in ``seen``, fingerprints as hex
    with the report times in a separate ``reported`` map, and the tallies derived from them."""
    defaults = {"qualifier": "exact", "update": False}
    claims = [[c.get(f, defaults.get(f)) for f in Claim._fields] for c in data.get("claims", [])]
    counted = {c[0] for c in claims}
    reported = data.get("reported", {})
    return {
        "schema_version": 2, "front": data["front"], "front_name": data["front_name"],
        "locations": data.get("locations", []),
        "uncounted": [e for e in data.get("seen", []) if e not in counted],
        "articles": {a: [reported.get(a, ""), fingerprint_b64(fp)] for a, fp in data.get("articles", {}).items()},
        "similar": data.get("similar", {}), "copies": data.get("copies", {}), "claims": claims,
    }


def parse_front_state(raw: bytes | str) -> FrontState:
    """A front state from the bytes of a changelog record, of the current or an older format."""
    try:
        return FrontState.model_validate_json(raw)
    except ValidationError:
        import orjson

        data = orjson.loads(raw)
        if isinstance(data, dict) and data.get("schema_version", 1) == 1:
            data = upcast_front_state_v1_v2(data)
        return FrontState.model_validate(data)


class DeadLetter(_Model):
    """An input that could not be processed, with the original bytes and why."""

    schema_version: Literal[1] = 1
    reason: str  # short machine-readable class: not_json, schema, empty_body, too_large, binary, ...
    detail: str
    raw_b64: str  # the original message value, base64: nothing is lost, even binary junk
    raw_preview: str  # the first characters, decoded leniently, for people reading the topic
    source_topic: str
    partition: int | None = None
    offset: int | None = None
    received_at: str
